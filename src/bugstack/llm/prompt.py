"""What the model is told: the engine's own analysis, secrets scrubbed.

With code: the exception, the cause the analysis found, the repository frames outermost
first with their functions' source, the values captured at the crash, what the code's
contract says should happen, the definitions the crash line calls, and the request or
call that reproduces it. Without code (a project that forbids sending it): the
exception's type and message and the frames' locations, nothing else.

Secrets are removed twice over: values and messages go through the SDK's
:class:`~bugstack.sdk.scrub.Scrubber`, and source lines lose string literals assigned to
secret names and anything shaped like a key or token. A scrubbed line no longer matches
the file, so a model's edit of it cannot apply: that costs a candidate, never a secret.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from bugstack.domain import CrashSite, LocatedFrame
from bugstack.llm.edit_format import is_test_path
from bugstack.repair.analyse import Analysis, enclosing_function
from bugstack.sdk.scrub import SCRUBBED, Scrubber

__all__ = ["SYSTEM_PROMPT", "Prompt", "build_prompt", "scrub_source", "scrub_text"]

SYSTEM_PROMPT = """\
You fix one crash in a Python application. bugstack will apply your edit, run the \
reproduction of the crash and the application's own tests, and keep your edit only if the \
crash is gone and no test that passed before fails. Propose the smallest change that \
makes the code do what it is meant to do; do not silence the error, do not edit tests.

Answer in exactly this format and nothing else (no prose, no explanation outside it):

SUMMARY: one line saying what the fix does
CONTRACT: path/to/file.py: "words copied exactly from a docstring, comment or test that \
say what the code should do in this case"
FILE: path/to/file.py
<<<<<<< SEARCH
lines copied exactly from the file, enough to name one place
=======
the lines to put in their place
>>>>>>> REPLACE

Leave out the CONTRACT line when nothing in the code says what should happen. Use one \
FILE line per file and one or more SEARCH/REPLACE blocks under it. If you cannot propose \
a fix, answer only: NO FIX: the reason."""

#: The whole file is shown when it is this short; otherwise the functions that matter.
WHOLE_FILE_LINES = 300
MAX_DEFINITIONS = 4
MAX_DEFINITION_LINES = 80

_SCRUBBER = Scrubber()
_KEY_SHAPES = re.compile(
    r"\bsk-[A-Za-z0-9_\-]{16,}|\bAKIA[0-9A-Z]{16}\b|\bgh[pousr]_[A-Za-z0-9]{20,}"
    r"|\bxox[abprs]-[A-Za-z0-9\-]{10,}|\beyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}"
    r"\.[A-Za-z0-9_\-]+|-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE"
    r" KEY-----"
)
_LITERAL_PAIR = re.compile(
    r"""(?P<name>[A-Za-z_][\w]*)(?P<q0>['"]?)(?P<sep>\s*[:=]\s*)(?P<q>['"])(?P<value>[^'"\n]+)(?P=q)"""
)


@dataclass(frozen=True, slots=True)
class Prompt:
    system: str
    user: str
    #: Whether any of the app's code is in ``user``.
    includes_code: bool


def scrub_text(text: str) -> str:
    """Values and messages: the SDK's scrubbing plus key-shaped strings."""
    return _KEY_SHAPES.sub(SCRUBBED, _SCRUBBER.text(text))


def scrub_source(source: str) -> str:
    """Source code: literal values of secret names and key-shaped strings, nothing else,
    so the rest of each line stays exactly as in the file."""
    def literal(match: re.Match[str]) -> str:
        if not _SCRUBBER.is_secret(match["name"]):
            return match.group(0)
        start, end = match.span("value")
        whole = match.group(0)
        offset = match.start()
        return whole[: start - offset] + SCRUBBED + whole[end - offset:]

    return _KEY_SHAPES.sub(SCRUBBED, _LITERAL_PAIR.sub(literal, source))


def _numbered_excerpt(frame: LocatedFrame, first: int, last: int) -> str:
    lines = frame.source.splitlines()
    return "\n".join(lines[first - 1:last])


def _frame_code(frame: LocatedFrame) -> tuple[str, str]:
    """(a heading, the code to show) for one frame."""
    lines = frame.source.splitlines()
    if len(lines) <= WHOLE_FILE_LINES:
        return f"{frame.path} (whole file)", frame.source
    try:
        function = enclosing_function(ast.parse(frame.source), frame.lineno)
    except SyntaxError:
        function = None
    if function is None:
        first, last = max(1, frame.lineno - 30), min(len(lines), frame.lineno + 30)
    else:
        first = min([function.lineno, *(d.lineno for d in function.decorator_list)])
        last = function.end_lineno or function.lineno
    return f"{frame.path}, lines {first}-{last}", _numbered_excerpt(frame, first, last)


def _called_names(analysis: Analysis) -> list[str]:
    if analysis.statement is None:
        return []
    names: list[str] = []
    for node in ast.walk(analysis.statement):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if isinstance(name, str) and name not in names:
                names.append(name)
    if analysis.function is not None and analysis.culprit:
        # The call that produced the wrong value, wherever in the function it was made.
        for node in ast.walk(analysis.function):
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                    and any(ast.unparse(t) == analysis.culprit for t in node.targets)):
                func = node.value.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if name and name not in names:
                    names.append(name)
    return names


def _definitions(analysis: Analysis, shown: set[str]) -> list[str]:
    out: list[str] = []
    for name in _called_names(analysis):
        for path, node in analysis.definitions(name):
            if path in shown or is_test_path(path) or len(out) >= MAX_DEFINITIONS:
                continue
            text = analysis.read(path) or ""
            lines = text.splitlines()[node.lineno - 1:(node.end_lineno or node.lineno)]
            out.append(f"### {path}, `{name}` (lines {node.lineno}-"
                       f"{node.end_lineno or node.lineno})\n```python\n"
                       + scrub_source("\n".join(lines[:MAX_DEFINITION_LINES])) + "\n```")
    return out


def _reproduction(site: CrashSite) -> str:
    request = site.event.request
    if request is not None and request.method:
        data = _SCRUBBER.data(request.data) if request.data is not None else None
        query = _SCRUBBER.query(request.query_string or "")
        described = f"{request.method} {scrub_text(request.url or '')}"
        if query:
            described += f"?{query}"
        if data is not None:
            described += f" with body {json.dumps(data, default=str)[:2000]}"
        return f"It happens on the web request {described}."
    if site.frames:
        first = site.frames[0]
        values = ", ".join(f"{k}={scrub_text(str(v))}" for k, v in first.frame.vars.items())
        return (f"It happens when `{first.frame.function}` is called"
                + (f" with {values[:2000]}." if values else "."))
    return ""


def build_prompt(site: CrashSite, analysis: Analysis, send_code: bool,
                 guides: Sequence[str] = (), reproduction_test: str | None = None) -> Prompt:
    """The prompt; ``guides`` names the error guides that match (id and title), and
    ``reproduction_test`` is the failing test the engine reproduced the error with."""
    exception = f"{site.exception.type}: {scrub_text(site.exception.value)}"
    frames = [f"- {f.path}:{f.lineno} in `{f.frame.function}`" for f in site.frames]
    if not send_code:
        user = "\n".join([
            "## The error", exception, "",
            "## Where (outermost first; the project does not allow its code to be sent)",
            *frames, "",
            "Without the code you most likely cannot name lines to change; if so, answer "
            "NO FIX.",
        ])
        return Prompt(SYSTEM_PROMPT, user, includes_code=False)
    # With code, each frame shows its line: the model then knows which line crashed.
    frames = [f"{line}: `{scrub_source(f.line.strip())}`"
              for line, f in zip(frames, site.frames, strict=True)]
    parts = ["## The error", exception, "", "## What bugstack's analysis found",
             scrub_text(analysis.cause), "", "## Where (outermost first)", *frames]
    if analysis.values:
        parts += ["", "## Values at the crash (as captured)"]
        parts += [f"- {name} = {scrub_text(value)[:300]}" for name, value
                  in analysis.values.items() if not _SCRUBBER.is_secret(name)]
    evidence = [e for e in (analysis.return_default, analysis.not_found) if e is not None]
    if evidence:
        parts += ["", "## What the code itself says should happen"]
        parts += [f"- `{e.source}`: {e.reason}" + ("" if e.strong else " (weak evidence)")
                  for e in evidence]
    if guides:
        parts += ["", "## Error guides that match this error (their fix is tried too)"]
        parts += [f"- {scrub_text(guide)}" for guide in guides]
    reproduction = _reproduction(site)
    if reproduction:
        parts += ["", "## The reproduction", reproduction]
    if reproduction_test:
        parts += ["", "## The failing test (it raises the error now; with your fix it must "
                  "not, and the app's own tests must still pass)", "```python",
                  scrub_source(reproduction_test).rstrip("\n"), "```"]
    parts += ["", "## The code"]
    shown: set[str] = set()
    for frame in reversed(site.frames):
        if frame.path in shown:
            continue
        heading, code = _frame_code(frame)
        shown.add(frame.path)
        parts += [f"### {heading}", "```python", scrub_source(code).rstrip("\n"), "```"]
    definitions = _definitions(analysis, shown)
    if definitions:
        parts += ["", "## Definitions the crash calls", *definitions]
    return Prompt(SYSTEM_PROMPT, "\n".join(parts), includes_code=True)
