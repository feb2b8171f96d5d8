"""Adding one distribution to the requirement file a project uses, written like its neighbours.

The file is chosen in the order projects usually mean it: ``requirements.txt`` (or
``requirements/base.txt``, ``requirements/prod.txt``), then ``pyproject.toml``'s
``[project] dependencies``, then ``setup.cfg``'s ``install_requires``, then ``Pipfile``'s
``[packages]``. The new line copies what the file around it does: the version operator
most of its lines use (``==`` when none pins), its quoting and indentation, and
alphabetical order when the entries are already sorted. Every other byte stays as it was.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from bugstack.domain import CrashSite
from bugstack.guides.declared import canonical

__all__ = ["RequirementEdit", "add_requirement"]

_REQUIREMENT_FILES = ("requirements.txt", "requirements/base.txt", "requirements/prod.txt",
                      "requirements/production.txt")
_SPEC = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*(==|>=|~=|<=|!=)?")


@dataclass(frozen=True, slots=True)
class RequirementEdit:
    path: str
    text: str


def _operator(names_and_ops: list[str | None]) -> str:
    ops = Counter(op for op in names_and_ops if op)
    return ops.most_common(1)[0][0] if ops else "=="


def _insert_sorted(entries: list[tuple[int, str]], name: str, default: int) -> int:
    """Index (into the file's lines) where ``name`` goes: in order when the entries are
    sorted, after the last one otherwise."""
    keys = [canonical(n) for _, n in entries]
    if entries and keys == sorted(keys):
        for (index, _), key in zip(entries, keys, strict=True):
            if canonical(name) < key:
                return index
    return entries[-1][0] + 1 if entries else default


def _requirements_txt(text: str, dist: str, version: str | None) -> str:
    lines = text.splitlines(keepends=True)
    entries: list[tuple[int, str]] = []
    ops: list[str | None] = []
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "-")):
            continue
        found = _SPEC.match(line)
        if found:
            entries.append((index, found.group(1)))
            ops.append(found.group(2))
    new = dist + (f"{_operator(ops)}{version}" if version else "")
    at = _insert_sorted(entries, dist, len(lines))
    if at == len(lines) and lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    lines.insert(at, new + "\n")
    return "".join(lines)


def _pyproject(text: str, dist: str, version: str | None) -> str | None:
    project = re.search(r"^\[project\]\s*$", text, re.M)
    if project is None:
        return None
    section_end = re.search(r"^\[", text[project.end():], re.M)
    limit = project.end() + (section_end.start() if section_end else len(text) - project.end())
    deps = re.compile(r"^dependencies\s*=\s*\[(.*?)\]", re.M | re.S).search(text, project.end(),
                                                                             limit)
    if deps is None:
        return None
    body = deps.group(1)
    items = list(re.finditer(r"""(?P<q>["'])(?P<spec>[^"']*)(?P=q)\s*,?""", body))
    quote = items[0].group("q") if items else '"'
    ops = [m.group(2) for i in items if (m := _SPEC.match(i.group("spec")))]
    new = quote + dist + (f"{_operator(ops)}{version}" if version else "") + quote
    start = deps.start(1)
    if "\n" not in body.strip() and "\n" not in body:  # one line: dependencies = ["a", "b"]
        joined = ", ".join([*(i.group(0).rstrip(", ") for i in items), new])
        return text[:start] + joined + text[deps.end(1):]
    indent = re.search(r"\n([ \t]+)\S", body)
    pad = indent.group(1) if indent else "    "
    lines = body.split("\n")
    # Entries one per line: the line index of each, to keep sorted files sorted.
    entries = [(n, _SPEC.match(ln.strip().strip("\"',")).group(1))  # type: ignore[union-attr]
               for n, ln in enumerate(lines)
               if _SPEC.match(ln.strip().strip("\"',")) and ln.strip().startswith(("'", '"'))]
    at = _insert_sorted(entries, dist, len(lines) - 1)
    lines.insert(at, f"{pad}{new},")
    if at == len(lines) - 1 or (entries and at > entries[-1][0]):
        # Appending after an entry written without a trailing comma needs one.
        previous = at - 1
        if previous >= 0 and lines[previous].strip() and not lines[previous].rstrip().endswith(
                (",", "[")):
            lines[previous] = lines[previous].rstrip() + ","
    return text[:start] + "\n".join(lines) + text[deps.end(1):]


def _setup_cfg(text: str, dist: str, version: str | None) -> str | None:
    found = re.search(r"^install_requires\s*=[^\n]*\n((?:[ \t]+\S[^\n]*\n?)*)", text, re.M)
    if found is None:
        return None
    block = found.group(1)
    lines = block.splitlines(keepends=True)
    pad = re.match(r"[ \t]+", lines[0]).group(0) if lines else "    "  # type: ignore[union-attr]
    ops = [m.group(2) for ln in lines if (m := _SPEC.match(ln))]
    entries = [(n, m.group(1)) for n, ln in enumerate(lines) if (m := _SPEC.match(ln))]
    at = _insert_sorted(entries, dist, len(lines))
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    lines.insert(at, f"{pad}{dist}{_operator(ops) + version if version else ''}\n")
    return text[:found.start(1)] + "".join(lines) + text[found.end(1):]


def _pipfile(text: str, dist: str, version: str | None) -> str | None:
    found = re.search(r"^\[packages\]\s*\n((?:(?!\[)[^\n]*\n?)*)", text, re.M)
    if found is None:
        return None
    lines = found.group(1).splitlines(keepends=True)
    entries = [(n, m.group(1)) for n, ln in enumerate(lines)
               if ln.strip() and not ln.startswith("#") and (m := _SPEC.match(ln))]
    at = _insert_sorted(entries, dist, entries[-1][0] + 1 if entries else 0)
    if at > 0 and at == len(lines) and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    lines.insert(at, f'{dist} = "{"==" + version if version else "*"}"\n')
    return text[:found.start(1)] + "".join(lines) + text[found.end(1):]


def add_requirement(site: CrashSite, dist: str, version: str | None) -> RequirementEdit | None:
    """The edit declaring ``dist`` in the file the project uses; ``None`` if it has none."""
    for path in _REQUIREMENT_FILES:
        text = site.read(path)
        if text is not None:
            return RequirementEdit(path, _requirements_txt(text, dist, version))
    editors = (("pyproject.toml", _pyproject), ("setup.cfg", _setup_cfg),
               ("Pipfile", _pipfile))
    for path, editor in editors:
        text = site.read(path)
        if text is None:
            continue
        new = editor(text, dist, version)
        if new is not None and new != text:
            return RequirementEdit(path, new)
    return None
