"""A local variable read on a path where no branch assigned it.

The variable is given a value before the block whose branches assign it. A module
constant named for it (``DEFAULT_RATE`` for ``rate``) is the code's own answer; otherwise
``None`` and the neutral value of what the other branches assign are guesses, which the
pipeline declines when they behave differently.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import insert_before_statement
from bugstack.repair.contract import named_default

__all__ = ["UnboundLocal"]

_MESSAGE = re.compile(r"(?:local variable|cannot access local variable) '(\w+)'")
_NEUTRAL = {int: "0", float: "0.0", str: '""', bool: "False", list: "[]", dict: "{}"}


def _first_assigning_block(function: ast.AST, name: str) -> ast.stmt | None:
    body = getattr(function, "body", [])
    for statement in body:
        assigns = any(
            isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store)
            for n in ast.walk(statement)
        )
        if assigns:
            compound = isinstance(statement, ast.If | ast.For | ast.While | ast.Try | ast.With)
            return statement if compound else None
    return None


class UnboundLocal:
    name = "unbound-local"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, function = analysis.crash, analysis.function
        if analysis.exc_type not in ("UnboundLocalError", "NameError") or crash is None:
            return
        match = _MESSAGE.search(analysis.message)
        if match is None or function is None:
            return
        name = match.group(1)
        block = _first_assigning_block(function, name)
        if block is None:
            return
        values: list[tuple[str, str | None, float]] = []
        constant = named_default(crash.source, name)
        if constant:
            values.append((constant.source, constant.reason, 0.8))
        assigned = [n.value for n in ast.walk(block) if isinstance(n, ast.Assign)
                    and any(isinstance(t, ast.Name) and t.id == name for t in n.targets)]
        kinds = {type(v.value) for v in assigned if isinstance(v, ast.Constant)}
        if len(kinds) == 1 and (kind := kinds.pop()) in _NEUTRAL:
            values.append((_NEUTRAL[kind], None, 0.35))
        values.append(("None", None, 0.3))
        for value, contract, plausibility in values:
            new = insert_before_statement(crash.source, block, [f"{name} = {value}"])
            yield Candidate(
                strategy=self.name,
                description=f"`{name}` is only assigned on some branches; it now starts as "
                            f"{value}.",
                edits={crash.path: new}, originals={crash.path: crash.source},
                plausibility=plausibility, contract=contract,
            )
