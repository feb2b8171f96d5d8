"""None counting as zero: ``price - line.discount`` where the discount may be None.

Part of ``none_guard`` (candidates of the strategy ``none-as-zero``, proposed by
:class:`~bugstack.repair.candidates.none_guard.NoneGuard`), not a strategy of its own. It
lives here because whether a None is "none of it" is a question of its own: the
declaration must admit None and its comment must say that None means nothing of it, and
a None that lifts a bound ("no cap", ``max_seats``, ``ends_on``) never counts as 0.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_nodes
from bugstack.repair.candidates.field_declarations import declared_optional

__all__ = ["neutral_operand"]

# A None that lifts a bound (a plan's seats, a coupon's uses, a subscription's end) is "no
# limit": counting it as 0 turns "no cap" into "no seats left" (adversarial review 3).
_BOUND_NAME = re.compile(r"(?:^|_)(?:limit|cap|max|maximum|quota|allowance|ends?|expir\w*"
                         r"|deadline|until)(?:_|$)", re.I)
_UNBOUNDED = re.compile(r"\b(?:no|without)\s+(?:\w+\s+)?(?:cap|limit|maximum|ceiling|end|expiry"
                        r"|deadline|quota)s?\b|\b(?:unlimited|uncapped|unbounded|open[- ]ended"
                        r"|infinite|never\s+(?:ends?|expires?))\b", re.I)


def _none_is_unbounded(analysis: Analysis, attribute: str) -> bool:
    """Whether the attribute's name or the comment on its declaration makes None "no
    limit" rather than "none of it"."""
    return bool(_BOUND_NAME.search(attribute)) or any(
        _UNBOUNDED.search(comment) for comment in analysis.declaration_comments(attribute))


def _none_is_none_of_it(analysis: Analysis, attribute: str) -> str | None:
    """The comment on the attribute's declaration saying None is "none of it" ("None when
    the line has no discount", "None means zero"), if there is one.

    The annotation alone only says None may come: what it means is written in words or
    not at all, and a None that means "still going", "the standard fourteen days" or "no
    cap" counts as anything but 0 (the fourth adversarial review of 2026-11-26 had the
    annotation alone back three wrong fixes)."""
    words = [w for w in attribute.lower().split("_") if len(w) > 2]
    if not words:
        return None
    subject = "|".join(map(re.escape, words))
    none_of_it = re.compile(
        rf"\bNone\b[^.;]*\b(?:no|without)\s+(?:\w+\s+){{0,2}}?(?:{subject})\w*\b"
        rf"|\bNone\s+(?:means|is|counts\s+as)\s+(?:0|zero|nothing|none)\b")
    found = (none_of_it.search(c) for c in analysis.declaration_comments(attribute))
    return next((match.group(0) for match in found if match), None)


_ZERO = {"int": "0", "float": "0.0", "Decimal": "Decimal(0)", "Fraction": "Fraction(0)"}


def neutral_operand(analysis: Analysis, culprit: str) -> Iterator[Candidate]:
    """``price - line.discount`` with a discount declared ``Decimal | None``: None stands
    for "no discount", so it counts as zero in a sum or a difference."""
    crash, statement = analysis.crash, analysis.statement
    if crash is None or statement is None or "." not in culprit:
        return
    if not re.search(r"unsupported operand type\(s\) for [+-]:", analysis.message):
        return
    attribute = culprit.rsplit(".", 1)[-1]
    declared = declared_optional(analysis, culprit)
    if declared is None or _none_is_unbounded(analysis, attribute):
        return
    said = _none_is_none_of_it(analysis, attribute)
    if said is None:
        return  # the type says None may come, not that it counts as nothing
    kind = re.search(r"`\s*\w+\s*:\s*(?:Optional\[)?\s*(\w+)", declared)
    zero = _ZERO.get(kind.group(1)) if kind else None
    if zero is None:
        return
    uses = [n for n in ast.walk(statement) if isinstance(n, ast.BinOp)
            and isinstance(n.op, ast.Add | ast.Sub)
            and culprit in (ast.unparse(n.left), ast.unparse(n.right))]
    replacements: list[tuple[ast.AST, str]] = []
    for node in uses:
        side = node.left if ast.unparse(node.left) == culprit else node.right
        replacements.append((side, f"({culprit} if {culprit} is not None else {zero})"))
    if not replacements:
        return
    yield Candidate(
        strategy="none-as-zero",
        description=f"`{culprit}` is None when there is none of it; it now counts as "
                    f"{zero} in the arithmetic instead of crashing.",
        edits={crash.path: replace_nodes(crash.source, replacements)},
        originals={crash.path: crash.source}, plausibility=0.8,
        contract=f"{declared}: \"{said}\"",
    )
