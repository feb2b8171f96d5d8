"""``KeyError: 1042`` on a mapping a loader rebuilt from JSON, whose type says int keys.

JSON object keys are always text: ``json.loads(json.dumps({1042: "9.90"}))`` is
``{"1042": "9.90"}``. A loader declared to return ``dict[int, Decimal]`` (directly or
through an alias such as ``PriceList = dict[int, Decimal]``) that passes the keys through
(``{product_id: Decimal(price) for product_id, price in json.loads(text).items()}``)
breaks its own annotation, and every read by an integer id fails. The fix gives the keys
back the type the annotation declares, in the loader (``int(product_id)``), not at each
read (``prices[str(id)]`` would paper over it, ``prices.get(id, 0)`` prices at zero).

Backing, all required: the missing key was captured as an integer; the mapping read is a
local assigned from a call of one repository function; that function's return annotation
declares ``int`` keys; and what it returns is a dict comprehension over a
``json.load``/``json.loads`` result's ``.items()`` whose key is the plain loop variable
(or that result itself).

The crashing function may also document what an unknown key does ("an unlisted product
raises UnknownProduct"). The loader fix alone would still raise ``KeyError`` there, so it
is proposed only together with the answer the docstring names: the function calls the
sibling its docstring names (``:func:`quote_total` against the stored list``), which
reads the same subscript under a ``not in`` test raising that exception, with its
parameters bound by name and declared type (``return quote_total(lines, prices)``). When
the docstring names a raise and no such sibling exists, nothing is proposed; nor when the
sibling is named only after the first sentence (for its raise, "as in
:func:`invoice_total`", which may compute something else), when the docstring gives an
unknown key another answer in other words ("refused", "not priced", a ``FLAT_FARE`` the
function never reads), or when another function reads the mapping by text keys
(``stock[str(sku)]``), which int keys would break.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis, origin_of
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_nodes
from bugstack.repair.unread_names import module_names, unread_names

__all__ = ["JsonIntKeys"]

FunctionNode = ast.FunctionDef | ast.AsyncFunctionDef
_MAPPINGS = {"dict", "Dict", "Mapping", "MutableMapping", "typing.Dict", "typing.Mapping"}


def _alias(tree: ast.Module, name: str) -> ast.expr | None:
    """What a module-level type alias ``name = dict[int, X]`` stands for."""
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) and node.targets[0].id == name:
            return node.value
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and node.target.id == name and node.value is not None:
            return node.value
    return None


def _int_keyed(annotation: ast.expr | None, tree: ast.Module) -> str | None:
    """``dict[int, Decimal]`` as written, when the annotation (or its alias) has int keys."""
    if isinstance(annotation, ast.Name):
        annotation = _alias(tree, annotation.id)
    if isinstance(annotation, ast.Subscript) and ast.unparse(annotation.value) in _MAPPINGS \
            and isinstance(annotation.slice, ast.Tuple) and len(annotation.slice.elts) == 2 \
            and ast.unparse(annotation.slice.elts[0]) == "int":
        return ast.unparse(annotation)
    return None


def _json_read(node: ast.expr) -> bool:
    return isinstance(node, ast.Call) and ast.unparse(node.func) in (
        "json.loads", "json.load", "loads", "load")


def _key_replacements(loader: FunctionNode) -> list[tuple[ast.AST, str]] | None:
    """The edits giving each returned JSON object's keys the int type, or None when a
    return is something else (then the annotation's breach is not the loader's to fix)."""
    edits: list[tuple[ast.AST, str]] = []
    for node in ast.walk(loader):
        if not isinstance(node, ast.Return) or node.value is None:
            continue
        value = node.value
        if _json_read(value):
            edits.append((value, "{int(key): value for key, value in "
                                 f"{ast.unparse(value)}.items()}}"))
            continue
        if not (isinstance(value, ast.DictComp) and len(value.generators) == 1):
            return None
        loop = value.generators[0]
        source = loop.iter
        if not (isinstance(loop.target, ast.Tuple) and len(loop.target.elts) == 2
                and isinstance(loop.target.elts[0], ast.Name) and isinstance(value.key, ast.Name)
                and value.key.id == loop.target.elts[0].id and not loop.ifs
                and isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute)
                and source.func.attr == "items" and _json_read(source.func.value)):
            return None
        edits.append((value.key, f"int({value.key.id})"))
    return edits or None


class JsonIntKeys:
    name = "json-int-keys"

    def _loader(self, analysis: Analysis, call: ast.expr
                ) -> tuple[str, str, ast.Module, FunctionNode] | None:
        if not isinstance(call, ast.Call):
            return None
        name = ast.unparse(call.func).rsplit(".", 1)[-1]
        found = [(rel, text, tree, node) for rel, text, tree in analysis.parsed_files(f"def {name}")
                 for node in tree.body if isinstance(node, FunctionNode) and node.name == name]
        return found[0] if len(found) == 1 else None

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "KeyError" or not re.fullmatch(r"-?\d+", analysis.message.strip()) \
                or crash is None or statement is None or function is None or tree is None:
            return
        mappings = {node.value.id for node in ast.walk(statement)
                    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name)}
        for mapping in sorted(mappings):
            origin = origin_of(function, mapping, statement.lineno)
            loader = self._loader(analysis, origin) if origin is not None else None
            if loader is None:
                continue
            rel, text, loader_tree, node = loader
            declared = _int_keyed(node.returns, loader_tree)
            keys = _key_replacements(node) if declared else None
            if declared is None or keys is None:
                continue
            edits: dict[str, list[tuple[ast.AST, str]]] = {rel: list(keys)}
            docstring = ast.get_docstring(function) or ""
            answer = ""
            if _text_key_readers(analysis, node.name, function):
                continue  # int keys would break the readers that index it by text
            if re.search(r"\braise[sd]?\b", docstring, re.I) or _names_a_sibling_first(
                    docstring, function, tree):
                delegate = _documented_delegate(analysis, function, statement, mapping, docstring)
                if delegate is None:
                    continue  # the unknown key's documented answer is not reached
                call_text, answer = delegate
                assert isinstance(statement, ast.Return) and statement.value is not None
                edits.setdefault(crash.path, []).append((statement.value, call_text))
            elif _unknown_key_answered(docstring, function, tree):
                continue  # an answer of its own for an unknown key, which int keys do not give
            originals = {path: text if path == rel else crash.source for path in edits}
            yield Candidate(
                strategy=self.name,
                description=f"`{node.name}` gives the keys of the JSON object back the int type "
                            f"its annotation declares (JSON object keys are always text)"
                            + (f", and `{function.name}` {answer}." if answer else "."),
                edits={path: replace_nodes(originals[path], found)
                       for path, found in edits.items()},
                originals=originals, plausibility=0.85,
                contract=f"the return annotation of `{node.name}` declares `{declared}`"
                         + (f"; the docstring of `{function.name}`: {answer}" if answer else ""),
            )


# A docstring speaking of the unknown key's case: the loader fix alone leaves it a KeyError.
_UNKNOWN_KEY = re.compile(
    r"\b(?:unknown|unlisted|missing|absent|outside|refus\w*|reject\w*|fall\s*s?\s*back"
    r"|default\w*|not\s+(?:on|in|listed|priced|known|found)|has\s+not|have\s+not)\b", re.I)


def _unknown_key_answered(docstring: str, function: FunctionNode, tree: ast.Module) -> bool:
    """Whether the crashing function's docstring speaks of an unknown key ("a zone
    outside the table is refused with UnknownZone") or names a module value the function
    never reads (``FLAT_FARE``)."""
    return bool(_UNKNOWN_KEY.search(docstring)
                or unread_names(docstring, function, module_names(tree)))


def _text_key_readers(analysis: Analysis, loader: str, crashing: FunctionNode) -> bool:
    """Whether another function reads the loader's mapping with text keys
    (``stock[str(sku)]``): giving the keys the int type would break it."""
    for _rel, _text, tree in analysis.parsed_files(f"{loader}("):
        for function in ast.walk(tree):
            if not isinstance(function, FunctionNode) or function is crashing:
                continue
            names = {t.id for n in ast.walk(function) if isinstance(n, ast.Assign)
                     and isinstance(n.value, ast.Call)
                     and ast.unparse(n.value.func).rsplit(".", 1)[-1] == loader
                     for t in n.targets if isinstance(t, ast.Name)}
            for read in ast.walk(function):
                if isinstance(read, ast.Subscript) and isinstance(read.value, ast.Name) \
                        and read.value.id in names and _text_key(read.slice):
                    return True
    return False


def _text_key(key: ast.expr) -> bool:
    return (isinstance(key, ast.Constant) and isinstance(key.value, str)) or (
        isinstance(key, ast.Call) and ast.unparse(key.func) == "str")


def _first_sentence(docstring: str) -> str:
    return re.split(r"(?<=[.;:])\s", " ".join(docstring.split()), maxsplit=1)[0]


def _names_a_sibling_first(docstring: str, function: FunctionNode, tree: ast.Module) -> bool:
    """Whether the docstring's first sentence names another function of the module: the
    function is documented as that one's computation (":func:`quote_total` against the
    stored list"), unknown keys included."""
    first = _first_sentence(docstring)
    return any(isinstance(n, FunctionNode) and n is not function
               and re.search(rf"\b{n.name}\b", first) for n in tree.body)


def _documented_delegate(analysis: Analysis, function: FunctionNode, statement: ast.stmt,
                         mapping: str, docstring: str) -> tuple[str, str] | None:
    """``quote_total(lines, prices)`` and why, when the crashing ``return`` can call the
    sibling its docstring names, which answers an unknown key with the raise it names."""
    tree = analysis.tree
    if tree is None or not isinstance(statement, ast.Return) or statement.value is None:
        return None
    reads = {ast.unparse(n) for n in ast.walk(statement)
             if isinstance(n, ast.Subscript) and ast.unparse(n.value) == mapping}
    raised = set(re.findall(r"\braise[sd]?\s+`*(\w+)", docstring, re.I))
    found: list[tuple[str, str]] = []
    # The docstring must say the function *is* the sibling's computation, in its first
    # sentence (":func:`quote_total` against the stored list"); a sibling named later, for
    # its raise alone ("as in :func:`invoice_total`"), may compute something else.
    first = _first_sentence(docstring)
    for sibling in tree.body:
        if not isinstance(sibling, FunctionNode) or sibling is function \
                or not re.search(rf"\b{sibling.name}\b", first) or sibling.returns is None \
                or function.returns is None \
                or ast.unparse(sibling.returns) != ast.unparse(function.returns):
            continue
        guarded = _guarded_raise(sibling, reads)
        # Documented as the sibling's computation with no raise of its own, it takes the
        # sibling's; a raise it names must be the sibling's.
        if guarded is None or (raised and guarded not in raised):
            continue
        arguments = _bind(function, statement.lineno, sibling, analysis)
        if arguments is not None:
            found.append((f"{sibling.name}({', '.join(arguments)})",
                          f"calls `{sibling.name}` as its docstring says, which raises "
                          f"`{guarded}` for an unknown key"))
    return found[0] if len(found) == 1 else None


def _guarded_raise(sibling: FunctionNode, reads: set[str]) -> str | None:
    """The exception ``sibling`` raises under ``if key not in mapping:`` before reading the
    same subscript the crash reads."""
    if not reads or not reads & {ast.unparse(n) for n in ast.walk(sibling)
                                 if isinstance(n, ast.Subscript)}:
        return None
    for node in ast.walk(sibling):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Compare) \
                and any(isinstance(op, ast.NotIn) for op in node.test.ops) \
                and isinstance(node.body[0], ast.Raise) and node.body[0].exc is not None:
            test = f"{ast.unparse(node.test.comparators[0])}[{ast.unparse(node.test.left)}]"
            if test in reads:
                raised = node.body[0].exc
                target = raised.func if isinstance(raised, ast.Call) else raised
                return ast.unparse(target)
    return None


def _bind(function: FunctionNode, before: int, sibling: FunctionNode,
          analysis: Analysis) -> list[str] | None:
    """The sibling's parameters, each bound to the name of the same name in ``function``
    (a parameter, or a local from a call) whose declared type is the parameter's."""
    own = {a.arg: a.annotation for a in function.args.args + function.args.kwonlyargs}
    bound: list[str] = []
    for parameter in sibling.args.args:
        wanted = ast.unparse(parameter.annotation) if parameter.annotation else None
        if wanted is None:
            return None
        if parameter.arg in own:
            have = own[parameter.arg]
            if have is None or ast.unparse(have) != wanted:
                return None
        else:
            origin = origin_of(function, parameter.arg, before)
            loader = JsonIntKeys()._loader(analysis, origin) if origin is not None else None
            if loader is None or loader[3].returns is None \
                    or ast.unparse(loader[3].returns) != wanted:
                return None
        bound.append(parameter.arg)
    if sibling.args.kwonlyargs or sibling.args.vararg or sibling.args.posonlyargs:
        return None
    return bound
