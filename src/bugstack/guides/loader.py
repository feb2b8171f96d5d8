"""Reading the guides from the package: ``library/<guide>/guide.md`` plus its examples.

A guide file is a small header (``key: value`` lines between ``---`` fences) followed by
the explanation sections as ``## `` headings. Loading reads text only; each codemod is
imported the first time it is needed, so listing or serving guides stays cheap.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from bugstack.guides.model import SECTIONS, Guide, GuideFormatError

__all__ = ["LIBRARY", "REQUIRED_FILES", "load_guide", "load_guides"]

LIBRARY = Path(__file__).resolve().parent / "library"

#: Files every guide folder holds besides ``guide.md``.
REQUIRED_FILES = ("broken.py", "fixed.py", "test_fixed.py", "unrelated.py", "codemod.py")

_REQUIRED_KEYS = ("id", "title", "exception", "message", "frameworks")
_VERDICT = re.compile(r"^Verdict:\s*(safe|review)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cached() -> tuple[Guide, ...]:
    folders = sorted(p for p in LIBRARY.iterdir() if (p / "guide.md").is_file())
    return tuple(load_guide(folder) for folder in folders)


def load_guides() -> list[Guide]:
    """Every guide of the library, sorted by folder; parsed once per process."""
    return list(_cached())


def load_guide(folder: Path) -> Guide:
    """Parse one guide folder, raising ``GuideFormatError`` on anything missing."""
    name = folder.name
    missing = [f for f in REQUIRED_FILES if not (folder / f).is_file()]
    if missing:
        raise GuideFormatError(f"guide {name}: missing file(s) {', '.join(missing)}")
    if (folder / "project").is_dir() != (folder / "project_fixed").is_dir():
        raise GuideFormatError(f"guide {name}: 'project/' and 'project_fixed/' go together")
    text = (folder / "guide.md").read_text(encoding="utf-8")
    header, body = _split_header(name, text)
    for key in _REQUIRED_KEYS:
        if not header.get(key):
            raise GuideFormatError(f"guide {name}: header has no {key!r}")
    if header["id"] != name.replace("_", "-"):
        raise GuideFormatError(
            f"guide {name}: id {header['id']!r} must be the folder name with dashes"
        )
    summary, sections = _split_sections(name, body)
    try:
        message = re.compile(header["message"])
    except re.error as exc:
        raise GuideFormatError(f"guide {name}: bad message pattern: {exc}") from exc
    line_pattern = None
    if header.get("line"):
        try:
            line_pattern = re.compile(header["line"])
        except re.error as exc:
            raise GuideFormatError(f"guide {name}: bad line pattern: {exc}") from exc
    types = tuple(t.strip() for t in header["exception"].split(",") if t.strip())
    frameworks = tuple(f.strip() for f in header["frameworks"].split(",") if f.strip())
    return Guide(
        id=header["id"],
        title=header["title"],
        exception_type=types[0],
        exception_types=types,
        message=message,
        frameworks=frameworks,
        safe=_safety(name, sections["Fix safety"]),
        sections=sections,
        folder=folder,
        summary=summary,
        line_pattern=line_pattern,
        codemod_module=f"bugstack.guides.library.{name}.codemod",
    )


def _split_header(name: str, text: str) -> tuple[dict[str, str], str]:
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise GuideFormatError(f"guide {name}: guide.md must start with a '---' header")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    except StopIteration:
        raise GuideFormatError(f"guide {name}: the header is never closed by '---'") from None
    header: dict[str, str] = {}
    for line in lines[1:end]:
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise GuideFormatError(f"guide {name}: header line {line!r} is not 'key: value'")
        header[key.strip()] = value.strip()
    return header, "\n".join(lines[end + 1 :])


def _split_sections(name: str, body: str) -> tuple[str, dict[str, str]]:
    found: list[tuple[str, list[str]]] = []
    intro: list[str] = []
    fence = False
    for line in body.splitlines():
        if line.startswith("```"):
            fence = not fence
        if not fence and line.startswith("## "):
            found.append((line[3:].strip(), []))
        elif found:
            found[-1][1].append(line)
        else:
            intro.append(line)
    titles = tuple(title for title, _ in found)
    if titles != SECTIONS:
        missing = [s for s in SECTIONS if s not in titles]
        detail = f"missing {missing}" if missing else f"found {list(titles)}"
        raise GuideFormatError(
            f"guide {name}: sections must be exactly {list(SECTIONS)} in that order; {detail}"
        )
    sections = {title: "\n".join(lines).strip() for title, lines in found}
    empty = [title for title, text in sections.items() if not text]
    if empty:
        raise GuideFormatError(f"guide {name}: empty section(s) {empty}")
    return "\n".join(intro).strip(), sections


def _safety(name: str, text: str) -> bool:
    match = _VERDICT.match(text)
    if match is None:
        raise GuideFormatError(
            f"guide {name}: 'Fix safety' must open with 'Verdict: safe' or 'Verdict: review'"
        )
    return match.group(1).lower() == "safe"
