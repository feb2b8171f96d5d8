"""A Django form's cross-field check that reads a field which failed its own validation.

Django runs ``Form.clean()`` even when a field failed its own validation ("Enter a valid
date."); that field is then missing from ``cleaned_data`` and already carries its error.
``if cleaned["check_out"] <= cleaned["check_in"]: raise ValidationError(...)`` therefore
raises ``KeyError: 'check_out'`` (a 500) instead of showing the field's own message. The
check reads the fields with ``.get()`` and compares only the values that are there::

    check_out, check_in = cleaned.get("check_out"), cleaned.get("check_in")
    if check_out is not None and check_in is not None and check_out <= check_in:

so the form answers with the one message the field already has. A second
``ValidationError`` for the missing field, a made-up default date, or ``return None`` from
``clean()`` would each add or hide a message.

Backing, all of it required: the crash is in ``clean()`` of a class deriving from a
``Form``/``ModelForm``; every key the ``if`` test reads from the cleaned data is a field
the class declares; the ``if`` only raises ``ValidationError`` or calls ``add_error``; and
the code says this is how its cross-field checks read: a sibling form's ``clean()`` that
reads ``cleaned_data`` with ``.get()`` and tests ``is not None``, or a docstring sentence
(method, class or module) speaking of ``cleaned_data`` with ``.get()`` or of comparing only
the values present.
"""

from __future__ import annotations

import ast
import builtins
import keyword
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indentation_of, replace_nodes

__all__ = ["FormCrossCheck"]

_PRESENT_ONLY = re.compile(
    r"\.get\(|\bonly (compare|check|test)s?\b[^.]*\b(there|present|available|given)\b"
    r"|\bmissing from\b[^.]*cleaned[_ ]data", re.I)
_CLEANED = re.compile(r"cleaned[_ ]data", re.I)


def _is_form(cls: ast.ClassDef) -> bool:
    return any(ast.unparse(base).rsplit(".", 1)[-1] in {"Form", "ModelForm"}
               for base in cls.bases)


def _owner(tree: ast.Module, function: ast.AST) -> ast.ClassDef | None:
    return next((node for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
                 and function in node.body), None)


def _fields(cls: ast.ClassDef) -> set[str]:
    """Names the class assigns a ``...Field(...)`` to."""
    return {target.id for node in cls.body if isinstance(node, ast.Assign)
            and isinstance(node.value, ast.Call)
            and ast.unparse(node.value.func).endswith("Field")
            for target in node.targets if isinstance(target, ast.Name)}


def _cleaned_names(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """What the cleaned data is called here: ``self.cleaned_data``, and locals assigned from
    it or from ``super().clean()``."""
    names = {"self.cleaned_data"}
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) \
                and ast.unparse(node.value) in {"super().clean()", "self.cleaned_data"}:
            names.add(node.targets[0].id)
    return names


def _only_rejects(body: list[ast.stmt]) -> bool:
    """The check's body only reports the error: a raise, or ``self.add_error(...)``."""
    return all(isinstance(s, ast.Raise) or (
        isinstance(s, ast.Expr) and isinstance(s.value, ast.Call)
        and ast.unparse(s.value.func) == "self.add_error") for s in body)


def _sibling_reads_present(tree: ast.Module, own: ast.ClassDef) -> str | None:
    """Another form's ``clean()`` reading the cleaned data with ``.get()`` and comparing
    only what is not None."""
    for cls in ast.walk(tree):
        if not (isinstance(cls, ast.ClassDef) and cls is not own and _is_form(cls)):
            continue
        for method in cls.body:
            if not (isinstance(method, ast.FunctionDef) and method.name == "clean"):
                continue
            cleaned = _cleaned_names(method)
            gets = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                       and n.func.attr == "get" and ast.unparse(n.func.value) in cleaned
                       for n in ast.walk(method))
            guarded = any(isinstance(n, ast.Compare) and any(isinstance(o, ast.IsNot)
                                                              for o in n.ops)
                          and ast.unparse(n.comparators[-1]) == "None"
                          for n in ast.walk(method))
            if gets and guarded:
                return f"the sibling `{cls.name}.clean` reads `cleaned_data` with `.get()` " \
                       "and compares only the values that are there"
    return None


def _documented(texts: list[str]) -> str | None:
    for text in texts:
        flat = re.sub(r"\s*\n\s*", " ", text)
        for sentence in re.split(r"(?<=[.;])\s+(?=[A-Z`])", flat):
            if _CLEANED.search(sentence) and _PRESENT_ONLY.search(sentence):
                return f"the documentation says: \"{sentence.strip()[:160]}\""
    return None


class FormCrossCheck:
    name = "form-cross-check"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if not analysis.exc_type.endswith("KeyError") or crash is None \
                or not isinstance(statement, ast.If) or tree is None \
                or not isinstance(function, ast.FunctionDef) or function.name != "clean":
            return
        cls = _owner(tree, function)
        if cls is None or not _is_form(cls) or not _only_rejects(statement.body) \
                or statement.test.lineno != statement.test.end_lineno \
                or crash.source.splitlines()[statement.lineno - 1].lstrip().startswith("elif"):
            return  # a line above an ``elif`` cannot go in; a test over lines is left alone
        cleaned, fields = _cleaned_names(function), _fields(cls)
        reads = [n for n in ast.walk(statement.test) if isinstance(n, ast.Subscript)
                 and ast.unparse(n.value) in cleaned and isinstance(n.slice, ast.Constant)]
        read_keys = [n.slice.value for n in reads if isinstance(n.slice, ast.Constant)]
        keys = [k for k in dict.fromkeys(read_keys) if isinstance(k, str)]
        if analysis.message.strip("'\"") not in keys or len(keys) != len(set(read_keys)) \
                or not all(k in fields for k in keys):
            return
        # The values get local names, as the sibling's do; a name already used (or a
        # builtin) would change what the function reads elsewhere.
        used = {n.id for n in ast.walk(function) if isinstance(n, ast.Name)} | {
            a.arg for a in function.args.args}
        if any(k in used or keyword.iskeyword(k) or hasattr(builtins, k) for k in keys):
            return
        backing = _sibling_reads_present(tree, cls) or _documented(
            [t for t in (ast.get_docstring(function), ast.get_docstring(cls),
                         ast.get_docstring(tree)) if t])
        if backing is None:
            return
        source = crash.source
        mapping = ast.unparse(reads[0].value)
        indent = indentation_of(source, statement.lineno)
        read = f"{', '.join(keys)} = " + ", ".join(f'{mapping}.get("{k}")' for k in keys)
        present = " and ".join(f"{k} is not None" for k in keys)
        test = ast.get_source_segment(source, statement.test) or ast.unparse(statement.test)
        test_tree = ast.parse(test, mode="eval")
        local = replace_nodes(test, [(n, n.slice.value) for n in ast.walk(test_tree)
                                     if isinstance(n, ast.Subscript)
                                     and ast.unparse(n.value) in cleaned
                                     and isinstance(n.slice, ast.Constant)
                                     and isinstance(n.slice.value, str)])
        if isinstance(test_tree.body, ast.BoolOp | ast.IfExp | ast.NamedExpr):
            local = f"({local})"
        edited = replace_nodes(source, [(statement.test, f"{present} and {local}")])
        lines = edited.splitlines(keepends=True)
        lines.insert(statement.lineno - 1, f"{indent}{read}\n")
        fields_named = ", ".join(f"`{k}`" for k in keys)
        yield Candidate(
            strategy=self.name,
            description=f"The cross-field check reads {fields_named} with `.get()` and "
                        "compares only the values that are there, so a field that failed "
                        "its own validation answers with its own message.",
            edits={crash.path: "".join(lines)}, originals={crash.path: source},
            plausibility=0.85, contract=backing,
        )
