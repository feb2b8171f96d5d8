"""A rate table that leaves out the one key needing no conversion, by design.

::

    BASE_CURRENCY = "GBP"

    #: Pounds per unit of each foreign currency ... The base currency is not listed: it
    #: needs no conversion.
    RATES_TO_GBP: dict[str, Decimal] = {"EUR": Decimal("0.85"), "USD": Decimal("0.79")}

    def to_base(amount: Decimal, currency: str) -> Decimal:
        rate = RATES_TO_GBP[currency.upper()]       # KeyError: 'GBP'
        return (amount * rate).quantize(PENNY)

The table is a factor to multiply by, and the documentation says the base currency is
left out because it converts at face value. Its factor is one, for that key alone::

    rate = Decimal(1) if currency.upper() == BASE_CURRENCY else RATES_TO_GBP[currency.upper()]

``RATES_TO_GBP.get(currency, 0)`` (the obvious guard) makes every gift in pounds vanish
from the total, and ``.get(currency, 1)`` would count yen as pounds.

Backing, all required: a ``KeyError`` for text read as ``TABLE[key]`` from a module dict
of numbers (``Decimal("0.85")``, ``0.85``) whose read is only multiplied or divided by;
whose name converts into the missing key (``RATES_TO_GBP`` for ``'GBP'``: a table of pence
per unit, of card fees or of VAT rates has no 1 for it); a module constant of the same
module bound to exactly the missing text; and a sentence of the table's own comment (a
sentence elsewhere may be about another table) that names the constant (``BASE_CURRENCY``
or "the base currency") and says it is not listed or left out, needs no conversion, or
counts at face value or as it is, refusing nothing. Review 21 beat the first version four
times in four traps.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.destinations import is_pure
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.contract_items import comments_above, whole_sentences

__all__ = ["IdentityRate"]

_AS_IS = re.compile(r"\b(?:not\s+listed|left\s+out|needs?\s+no\s+conversion|"
                    r"no\s+conversion\s+needed|(?:at|is|counts?\s+at)\s+face\s+value|"
                    r"as\s+it\s+is|unconverted|already\s+in|one\s+to\s+one|1\s*:\s*1)\b", re.I)
_REFUSED = re.compile(r"\b(?:rais\w*|refus\w*|reject\w*|errors?|invalid|unsupported|must)\b",
                      re.I)
_CASE_METHODS = ("upper", "lower", "casefold", "strip")


def _rereadable(node: ast.expr) -> bool:
    """Pure, or ``text.upper()`` of pure text: evaluating it twice gives the same."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr in _CASE_METHODS and not node.args and not node.keywords:
        return _rereadable(node.func.value)
    return is_pure(node)


def _factors(tree: ast.Module) -> dict[str, tuple[ast.stmt, str]]:
    """Module dicts of numbers, with the literal that is one in their values' kind."""
    found: dict[str, tuple[ast.stmt, str]] = {}
    for node in tree.body:
        target, value = (node.targets[0], node.value) if isinstance(node, ast.Assign) \
            and len(node.targets) == 1 else (node.target, node.value) \
            if isinstance(node, ast.AnnAssign) else (None, None)
        if not isinstance(target, ast.Name) or not isinstance(value, ast.Dict) \
                or not value.values:
            continue
        kinds = set()
        for item in value.values:
            if isinstance(item, ast.Constant) and type(item.value) in (int, float):
                kinds.add("1.0" if isinstance(item.value, float) else "1")
            elif isinstance(item, ast.Call) and ast.unparse(item.func) in (
                    "Decimal", "decimal.Decimal"):
                kinds.add(f"{ast.unparse(item.func)}(1)")
            else:
                kinds = set()
                break
        if len(kinds) == 1:
            found[target.id] = (node, kinds.pop())
    return found


def _text_constants(tree: ast.Module) -> dict[str, str]:
    return {node.targets[0].id: node.value.value for node in tree.body
            if isinstance(node, ast.Assign) and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name) and node.targets[0].id.isupper()
            and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)}


def _names(sentence: str, constant: str) -> bool:
    words = r"\s+".join(re.escape(part) for part in constant.lower().split("_"))
    return constant in sentence or re.search(rf"\b{words}\b", sentence, re.I) is not None


def _multiplies(node: ast.AST | None) -> bool:
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult | ast.Div)


def _only_multiplied(read: ast.Subscript, function: ast.AST, statement: ast.stmt) -> bool:
    parents = {id(child): node for node in ast.walk(function)
               for child in ast.iter_child_nodes(node)}
    parent = parents.get(id(read))
    if _multiplies(parent):
        return True
    if parent is statement and isinstance(statement, ast.Assign) \
            and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name):
        name = statement.targets[0].id
        uses = [n for n in ast.walk(function) if isinstance(n, ast.Name) and n.id == name
                and isinstance(n.ctx, ast.Load)]
        return bool(uses) and all(_multiplies(parents.get(id(u))) for u in uses)
    return False


class IdentityRate:
    name = "identity-rate"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        key = analysis.missing_text_key()
        if key is None or crash is None or statement is None or function is None \
                or tree is None or statement is function:
            return
        tables = _factors(tree)
        constants = [name for name, value in _text_constants(tree).items() if value == key]
        if len(constants) != 1:
            return
        constant = constants[0]
        lines = crash.source.splitlines()
        for read in ast.walk(statement):
            if not (isinstance(read, ast.Subscript) and isinstance(read.ctx, ast.Load)
                    and isinstance(read.value, ast.Name) and read.value.id in tables
                    and _rereadable(read.slice)
                    and _only_multiplied(read, function, statement)):
                continue
            table, (bound, one) = read.value.id, tables[read.value.id]
            if key.upper() not in table.upper().split("_"):
                # `RATES_TO_GBP` converts into pounds, where a pound is one; a table of
                # pence per unit, of card fees or of VAT rates has no 1 for it (review 21).
                continue
            # The table's own comment: a sentence elsewhere may be about another table.
            said = next((s for s in whole_sentences(comments_above(lines, bound.lineno))
                         if _AS_IS.search(s) and _names(s, constant)
                         and not _REFUSED.search(s)), None)
            if said is None:
                continue
            index = ast.get_source_segment(crash.source, read.slice) or ast.unparse(read.slice)
            whole = ast.get_source_segment(crash.source, read) or ast.unparse(read)
            text = f"{one} if {index} == {constant} else {whole}"
            parents = {id(child): node for node in ast.walk(statement)
                       for child in ast.iter_child_nodes(node)}
            if parents.get(id(read)) is not statement:
                text = f"({text})"
            yield Candidate(
                strategy=self.name,
                description=f"`{constant}` ({key!r}), which `{table}` leaves out on "
                            f"purpose, now converts at face value ({one}); any other "
                            "missing key still raises KeyError.",
                edits={crash.path: replace_node(crash.source, read, text)},
                originals={crash.path: crash.source}, plausibility=0.85,
                contract=f'the documentation says: "{said[:160]}"',
            )
