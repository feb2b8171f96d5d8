"""``module 'blog.text' has no attribute 'slugify'``: a repository module's function was
renamed, and a caller still uses the old name.

The module's own text says what the name became: a definition whose docstring or
comment says it was called that before ("Called ``slugify`` before 2.0; renamed ..."),
or the module's docstring naming both ("``slugify`` was renamed ``make_slug``"). Failing
that, the module's one name spelled closely like the missing one (``slugfy`` ->
``slugify``) is used, as for a misspelled attribute of a class. Every use of the old
name through that module in the crashing file is renamed, since each would fail alike.
A module outside the repository, or a call the new function's parameters cannot take,
gets nothing.
"""

from __future__ import annotations

import ast
import difflib
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_nodes
from bugstack.repair.candidates.keyword_evidence import opposite

__all__ = ["RenamedModuleAttribute"]

_MESSAGE = re.compile(r"module '(?P<module>[\w.]+)' has no attribute '(?P<attr>\w+)'")
_OBJECT = re.compile(r"'(?P<cls>\w+)' object has no attribute '(?P<attr>\w+)'")
# The old name right after the word that says it was the old name ("Called ``slugify``
# before 2.0", "formerly slugify"), or before the word that says it was renamed
# ("``slugify`` was renamed ..."); "called by ``slugify``" is no rename.
_BEFORE_OLD = (r"\b(?:called|named|renamed from|formerly|previously|used to be|replaces|"
               r"old name(?: was|:)?|alias(?:ed)? (?:of|as))\s+[`'\"]*")
_AFTER_OLD = r"[`'\"]*\s+(?:was|has been|is|got)\s+(?:renamed|now called|now named)\b"


# "it now takes the separator first", "the arguments were swapped": the rename came with
# another way of calling it, so the old call's positional arguments may bind elsewhere.
_CALL_CHANGED = re.compile(
    r"\b(now|instead)\s+(takes|accepts|expects|requires|receives|wants)\b"
    r"|\b(arguments?|parameters?)\b[^.]{0,40}\b(order|swapped|reordered|changed)\b"
    r"|\b(order|swapped|reordered)\b[^.]{0,40}\b(arguments?|parameters?)\b", re.I)


def _calls_changed(definition: ast.FunctionDef | ast.AsyncFunctionDef | None,
                   source: str, uses: list[ast.Attribute], tree: ast.AST, said: str) -> bool:
    """Whether the definition's own words, or the sentence ``said`` of the rename, say it
    is called differently now, and a call through the old name passes arguments by
    position."""
    if definition is None:
        return False
    words = f"{ast.get_docstring(definition) or ''} " \
            f"{_comment_above(source.splitlines(), definition)} {said}"
    positional = any(isinstance(n, ast.Call) and n.args and any(n.func is u for u in uses)
                     for n in ast.walk(tree))
    return positional and _CALL_CHANGED.search(words) is not None


def _says_renamed(sentence: str, old: str) -> bool:
    name = re.escape(old)
    return re.search(rf"{_BEFORE_OLD}{name}(?!\w)|(?<![\w.]){name}{_AFTER_OLD}", sentence,
                     re.I) is not None


class RenamedModuleAttribute:
    name = "renamed-attribute"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, tree = analysis.crash, analysis.tree
        if crash is None or tree is None or analysis.exc_type != "AttributeError":
            return
        match = _MESSAGE.fullmatch(analysis.message.strip())
        if match is None:
            instance = _OBJECT.fullmatch(analysis.message.strip())
            if instance is not None:
                yield from self._method(analysis, instance.group("cls"), instance.group("attr"))
            return
        module, old = match.group("module"), match.group("attr")
        found = _module_source(analysis, module)
        if found is None:
            return
        path, source = found
        try:
            module_tree = ast.parse(source)
        except SyntaxError:
            return
        defined = _top_level_names(module_tree)
        if old in defined:
            return  # the name is there now: the event is older than the code
        aliases = _aliases(tree, module)
        uses = [n for n in ast.walk(tree) if isinstance(n, ast.Attribute) and n.attr == old
                and ast.unparse(n.value) in aliases]
        if not uses:
            return
        options: list[tuple[str, str, float]] = []
        documented = _documented_rename(module_tree, source, old, "module")
        if documented is not None:
            options.append((*documented, 0.9))
        close = [name for name in difflib.get_close_matches(
            old, sorted(n for n in defined if not n.startswith("_")), n=2, cutoff=0.75)
            if not opposite(old, name)]  # unslugify is spelled like slugify, and undoes it
        for name in close:
            if all(name != o[0] for o in options):
                contract = f"`{module}` defines `{name}`, the one name spelled like `{old}`" \
                    if len(close) == 1 else ""
                options.append((name, contract, 0.8))
        for new, contract, plausibility in options:
            definition = next((n for n in module_tree.body if isinstance(
                n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == new), None)
            if not _callable_as_before(definition, tree, uses) \
                    or _calls_changed(definition, source, uses, tree, contract):
                continue
            replacements: list[tuple[ast.AST, str]] = [
                (n, f"{ast.get_source_segment(crash.source, n.value) or ast.unparse(n.value)}"
                    f".{new}") for n in uses]
            yield Candidate(
                strategy=self.name,
                description=f"`{module}` has no `{old}`; it is called `{new}` now "
                            f"({path}), and the call uses that name.",
                edits={crash.path: replace_nodes(crash.source, replacements)},
                originals={crash.path: crash.source}, plausibility=plausibility,
                contract=contract or None,
            )


    def _method(self, analysis: Analysis, cls: str, old: str) -> Iterator[Candidate]:
        """``'Mailer' object has no attribute 'send_mail'``: the method the class documents
        as once called that. (Close spellings of a class's attributes are names.py's.)"""
        crash, statement = analysis.crash, analysis.statement
        if crash is None or statement is None:
            return
        found: list[tuple[str, ast.ClassDef, str]] = []
        for rel, text, module in analysis.parsed_files(f"class {cls}"):
            found += [(rel, node, text) for node in ast.walk(module)
                      if isinstance(node, ast.ClassDef) and node.name == cls]
        if len(found) != 1:
            return  # several classes of that name: which one the object is, is a guess
        path, definition, text = found[0]
        members = {n.name for n in definition.body
                   if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
        documented = _documented_rename(definition, text, old, "class")
        if old in members or documented is None:
            return
        new, contract = documented
        uses = [n for n in ast.walk(statement) if isinstance(n, ast.Attribute) and n.attr == old]
        method = next((n for n in definition.body if isinstance(
            n, ast.FunctionDef | ast.AsyncFunctionDef) and n.name == new), None)
        if method is None:
            return
        static = any(ast.unparse(d) == "staticmethod" for d in method.decorator_list)
        if not uses or not _callable_as_before(method, statement, uses, bound=not static) \
                or _calls_changed(method, text, uses, statement, contract):
            return
        replacements: list[tuple[ast.AST, str]] = [
            (n, f"{ast.get_source_segment(crash.source, n.value) or ast.unparse(n.value)}"
                f".{new}") for n in uses]
        yield Candidate(
            strategy=self.name,
            description=f"`{cls}` has no `{old}`; the method is called `{new}` now ({path}), "
                        "and the call uses that name.",
            edits={crash.path: replace_nodes(crash.source, replacements)},
            originals={crash.path: crash.source}, plausibility=0.9, contract=contract,
        )


def _module_source(analysis: Analysis, module: str) -> tuple[str, str] | None:
    base = module.replace(".", "/")
    for prefix in ("", "src/"):
        for rel in (f"{prefix}{base}.py", f"{prefix}{base}/__init__.py"):
            text = analysis.read(rel)
            if text is not None:
                return rel, text
    return None


def _top_level_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
        elif isinstance(node, ast.Assign):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
    return names


def _aliases(tree: ast.Module, module: str) -> set[str]:
    """How the crashing file writes the module: ``text``, ``t``, ``blog.text``."""
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found |= {a.asname or a.name for a in node.names
                      if f"{node.module}.{a.name}" == module}
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == module:
                    found.add(alias.asname or alias.name)
    return found


def _sentences(text: str) -> list[str]:
    text = re.sub(r"\s+", " ", text)
    return re.split(r"(?<=[.])\s+", text)


def _mentions(sentence: str, name: str) -> bool:
    return re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", sentence) is not None


def _comment_above(lines: list[str], node: ast.stmt) -> str:
    first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
    comments: list[str] = []
    index = first - 2
    while index >= 0 and lines[index].strip().startswith("#"):
        comments.insert(0, lines[index].strip().lstrip("#").strip())
        index -= 1
    return " ".join(comments)


def _documented_rename(tree: ast.Module | ast.ClassDef, source: str, old: str,
                       kind_of: str) -> tuple[str, str] | None:
    """The definition the module says was once called ``old``, and where it says so."""
    lines = source.splitlines()
    named: list[tuple[str, str]] = []
    module_doc = ast.get_docstring(tree) or ""
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            continue
        own = [("docstring", s) for s in _sentences(ast.get_docstring(node) or "")]
        own += [("comment", s) for s in _sentences(_comment_above(lines, node))]
        for kind, sentence in own:
            if _says_renamed(sentence, old):
                named.append((node.name, f"`{node.name}`'s {kind} says: "
                                         f"\"{sentence.strip()[:120]}\""))
                break
        else:
            for sentence in _sentences(module_doc):
                if _says_renamed(sentence, old) and _mentions(sentence, node.name):
                    named.append((node.name, f"the {kind_of}'s docstring says: "
                                             f"\"{sentence.strip()[:120]}\""))
                    break
    unique = {name for name, _ in named}
    return named[0] if len(unique) == 1 else None


def _callable_as_before(definition: ast.FunctionDef | ast.AsyncFunctionDef | None,
                        tree: ast.AST, uses: list[ast.Attribute], bound: bool = False) -> bool:
    """Every call through the old name binds to the new function's parameters (less
    ``self`` or ``cls`` for a ``bound`` method)."""
    if definition is None:
        return True  # a class or a value: nothing to check against
    arguments = definition.args
    positional = [*arguments.posonlyargs, *arguments.args][1 if bound else 0:]
    names = {a.arg for a in [*arguments.args, *arguments.kwonlyargs]}
    required = len(positional) - len(arguments.defaults)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)
             and any(n.func is use for use in uses)]
    for call in calls:
        if any(isinstance(a, ast.Starred) for a in call.args) or any(
                k.arg is None for k in call.keywords):
            continue  # cannot be checked, and cannot be ruled out
        if len(call.args) > len(positional) and arguments.vararg is None:
            return False
        keywords = {k.arg for k in call.keywords if k.arg is not None}
        if not keywords <= names and arguments.kwarg is None:
            return False
        if len(call.args) + len({k for k in keywords if k in
                                 {p.arg for p in positional}}) < required:
            return False
    return True
