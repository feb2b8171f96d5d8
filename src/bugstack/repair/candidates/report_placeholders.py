"""A report row whose rate divides by zero, where the documentation names the placeholder
shown in place of the figure.

::

    \"\"\"... A pupil who has had no lesson yet shows NOT_STARTED in place of a percentage
    and gets no letter.\"\"\"
    NOT_STARTED = "new"

    for row in enrolments:
        pupil = row["pupil"]
        rate = attended[pupil] / held[pupil]
        lessons = f"{attended[pupil]}/{held[pupil]}"
        lines.append(f"{pupil:<20} {lessons:>7} {rate:>5.0%}")
        if rate < LOW_ATTENDANCE:
            letters.append(pupil)

raises ZeroDivisionError for a pupil who joined after the last lesson. The row is still
printed, with the placeholder in the rate's column (same width), and what only a rate
decides (the letter) is skipped, as the documentation says::

        lessons = f"{attended[pupil]}/{held[pupil]}"
        if not held[pupil]:
            lines.append(f"{pupil:<20} {lessons:>7} {NOT_STARTED:>5}")
            continue
        rate = attended[pupil] / held[pupil]

A rate of 0 (the obvious guard) prints "0%" and sends the new pupil a letter; skipping
the row drops the pupil from the report.

Backing, all required:

* a ZeroDivisionError at ``name = <dividend> / <divisor>`` directly in a ``for`` loop's
  body, the divisor a plain name, attribute or subscript (no call: it is read twice);
* the first later statement of the body reading ``name`` is a call whose one argument
  is an f-string showing ``name`` once, with a format spec; the statements between do not
  read ``name`` or rebind what the division reads, and every statement after it reads
  ``name`` (what only the figure decides);
* one sentence of the module's or the function's docstring names a text constant of the
  module, says it is shown in place of (instead of) the figure divided (a word of its
  name: "its pass rate" for ``rate``, or "a percentage" for a figure shown with ``%``),
  is the only sentence naming a text constant of the module (another placeholder for
  another zero, "EXCUSED ... excused from every lesson", leaves the case open), speaks
  of an absence ("no lesson yet", "never", "without"), and refuses nothing; when
  statements follow the row, each names something it says "no <thing>" of
  (``letters.append(pupil)`` for "gets no letter");
* the crashed function's own docstring, when it speaks of an absence or of leaving the
  row off, names the placeholder (the module's sentence may be another report's).

Review 24 beat the first version with 3 wrong fixes in 3 traps.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import indentation_of
from bugstack.repair.contract_items import sentences

__all__ = ["PlaceholderInReportLine"]

_IN_PLACE = re.compile(r"\b(?:in\s+place\s+of|instead\s+of)\s+(?:an?|the|its|their)\s+"
                       r"(?P<figure>(?:\w+\s+){0,2}?(?:percentage|percent|rate|figure|number"
                       r"|ratio|average|grade|mark|score|share))\b", re.I)
_ABSENCE = re.compile(r"\b(?:no|not\s+yet|never|without|none)\b", re.I)
_REFUSES = re.compile(r"\b(?:rais(?:e|es|ing)|errors?|refus\w*|reject\w*|invalid|must)\b", re.I)
_SPEC = re.compile(r"^(?P<align>(?:.?[<>=^])?)[+\- ]?z?#?0?(?P<width>\d*)[,_]?(?:\.\d+)?"
                   r"[bcdeEfFgGnosxX%]?$")
_LEFT_OFF = re.compile(r"\b(?:left\s+off|left\s+out|skipped|not\s+listed|omitted)\b", re.I)
_NO_THING = re.compile(r"\bno\s+(\w+)", re.I)


def _reads(node: ast.AST, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(node))


def _text_constants(tree: ast.Module) -> dict[str, str]:
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name) \
                and re.fullmatch(r"[A-Z][A-Z0-9_]*", node.targets[0].id) \
                and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            found[node.targets[0].id] = node.value.value
    return found


def _documented(analysis: Analysis, constants: dict[str, str], after: list[ast.stmt],
                figure: set[str]) -> tuple[str, str] | None:
    """(constant, sentence) of the one docstring sentence naming a placeholder for the
    figure (``figure``: the words of the divided value's name, and "percentage" for a
    value shown with ``%``)."""
    own = ast.get_docstring(analysis.function) if analysis.function \
        and not isinstance(analysis.function, ast.Lambda) else None
    if own and any(_ABSENCE.search(s) or _LEFT_OFF.search(s) for s in sentences(own)) \
            and not any(c in own for c in constants):
        return None  # the function has its own word on the case ("is left off")
    texts = [t for t in (own, ast.get_docstring(analysis.tree) if analysis.tree else None) if t]
    # Two placeholders for absences ("NOT_STARTED ... no lesson yet", "EXCUSED ...
    # excused from every lesson"): which case a zero divisor is, is not known.
    cases = [s for text in texts for s in sentences(text)
             if any(re.search(rf"\b{c}\b", s) for c in constants)]
    if len(cases) > 1:
        return None
    def names(stmt: ast.stmt) -> set[str]:
        return {w.rstrip("s") for n in ast.walk(stmt) for w in re.findall(
            r"[a-z]+", (n.id if isinstance(n, ast.Name) else n.attr
                        if isinstance(n, ast.Attribute) else "").lower())}

    found = []
    for sentence in (s for text in texts for s in sentences(text)):
        named = [c for c in constants if re.search(rf"\b{c}\b", sentence)]
        in_place = _IN_PLACE.search(sentence)
        if len(named) != 1 or in_place is None \
                or not _ABSENCE.search(sentence) or _REFUSES.search(sentence):
            continue
        said = {w.lower().removesuffix("s") for w in in_place.group("figure").split()}
        if not said & figure:
            continue  # a placeholder for another figure ("in place of the average grade")
        skipped = {m.group(1).lower().rstrip("s") for m in _NO_THING.finditer(sentence)}
        if any(not names(stmt) & skipped for stmt in after):
            continue  # the sentence does not say the rest of the loop is left out
        found.append((named[0], sentence))
    return found[0] if len(found) == 1 else None


def _placeholder_row(source: str, row: ast.stmt, name: str, constant: str) -> str | None:
    """The row statement's text with ``{name:spec}`` shown as ``{constant:width}``."""
    text = ast.get_source_segment(source, row)
    if text is None:
        return None
    shown = list(re.finditer(rf"\{{\s*{re.escape(name)}\s*:([^{{}}!]*)\}}", text))
    if len(shown) != 1 or len(re.findall(rf"\b{re.escape(name)}\b", text)) != 1:
        return None
    spec = _SPEC.match(shown[0].group(1))
    if spec is None or not shown[0].group(1):
        return None
    width = spec.group("width")
    kept = (spec.group("align") or (">" if width else "")) + width
    field = f"{{{constant}:{kept}}}" if kept else f"{{{constant}}}"
    return text[:shown[0].start()] + field + text[shown[0].end():]


class PlaceholderInReportLine:
    name = "placeholder-in-report-line"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "ZeroDivisionError" or crash is None or tree is None \
                or function is None or not isinstance(statement, ast.Assign) \
                or len(statement.targets) != 1 or not isinstance(statement.targets[0], ast.Name) \
                or not isinstance(statement.value, ast.BinOp) \
                or not isinstance(statement.value.op, ast.Div | ast.FloorDiv | ast.Mod):
            return
        name, divisor = statement.targets[0].id, statement.value.right
        if any(isinstance(n, ast.Call) for n in ast.walk(divisor)) \
                or not isinstance(divisor, ast.Name | ast.Attribute | ast.Subscript):
            return
        loop = next((n for n in ast.walk(function) if isinstance(n, ast.For)
                     and statement in n.body), None)
        if loop is None:
            return
        body = loop.body
        index = body.index(statement)
        rest = body[index + 1:]
        first = next((i for i, s in enumerate(rest) if _reads(s, name)), None)
        if first is None:
            return
        between, row, after = rest[:first], rest[first], rest[first + 1:]
        used = {n.id for n in ast.walk(statement.value) if isinstance(n, ast.Name)}
        if any(isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store) and n.id in used
               for s in between for n in ast.walk(s)) or not all(_reads(s, name) for s in after):
            return
        if not (isinstance(row, ast.Expr) and isinstance(row.value, ast.Call)
                and len(row.value.args) == 1 and isinstance(row.value.args[0], ast.JoinedStr)):
            return
        spec = re.search(rf"\{{\s*{re.escape(name)}\s*:[^{{}}]*%\}}",
                         ast.get_source_segment(crash.source, row) or "")
        figure = {w.lower().removesuffix("s") for w in name.split("_") if w} \
            | ({"percentage", "percent"} if spec else set())
        documented = _documented(analysis, _text_constants(tree), after, figure)
        if documented is None:
            return
        constant, sentence = documented
        placeholder = _placeholder_row(crash.source, row, name, constant)
        if placeholder is None:
            return
        lines = crash.source.splitlines(keepends=True)
        indent = indentation_of(crash.source, statement.lineno)
        step = indent[len(indentation_of(crash.source, loop.lineno)):] or "    "
        moved = lines[statement.lineno - 1:statement.end_lineno or statement.lineno]
        kept = lines[(statement.end_lineno or statement.lineno):row.lineno - 1]
        test = ast.get_source_segment(crash.source, divisor) or ast.unparse(divisor)
        guard = [f"{indent}if not {test}:\n",
                 *(f"{indent}{step}{line}\n" for line in placeholder.splitlines()[:1]),
                 *(f"{step}{line}\n" for line in placeholder.splitlines()[1:]),
                 f"{indent}{step}continue\n"]
        edited = "".join([*lines[:statement.lineno - 1], *kept, *guard, *moved,
                          *lines[row.lineno - 1:]])
        yield Candidate(
            strategy=self.name,
            description=f"When `{test}` is 0, the row shows `{constant}` in place of "
                        f"`{name}`" + (" and what only the figure decides is skipped"
                                       if after else "") + ", instead of raising "
                        "ZeroDivisionError.",
            edits={crash.path: edited}, originals={crash.path: crash.source},
            plausibility=0.85, contract=f'the documentation says: "{sentence[:200]}"',
        )
