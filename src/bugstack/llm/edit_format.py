"""The one answer format a model may use, its parser, and how an answer becomes edits.

An answer is, and is only::

    SUMMARY: one line saying what the fix does
    CONTRACT: path/to/file.py: "words quoted exactly from a docstring, comment or test"
    FILE: path/to/file.py
    <<<<<<< SEARCH
    lines copied exactly from the file
    =======
    the lines to put in their place
    >>>>>>> REPLACE

``SUMMARY`` is required; ``CONTRACT`` is optional; there may be several ``FILE`` sections
and several blocks under each. Blank lines and Markdown fence lines (```) between them are
ignored; any other text outside a block makes the whole answer malformed, because an
answer that does not follow the format cannot be trusted to mean what it seems to. The
whole answer may instead be ``NO FIX: reason``.

Blocks apply in order. Each ``SEARCH`` text must occur exactly once in the file as it
stands after the blocks before it (a match that differs only in trailing spaces counts).
Only existing Python files of the repository may change, never its tests, and each result
must still parse.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = [
    "AnswerRejected",
    "ParsedAnswer",
    "ReplaceBlock",
    "apply_answer",
    "cited_contract",
    "is_test_path",
    "parse_answer",
]

SEARCH, DIVIDER, REPLACE = "<<<<<<< SEARCH", "=======", ">>>>>>> REPLACE"
#: A bigger change than this is not the minimal edit asked for.
MAX_CHANGED_LINES = 80
MAX_FILES = 3
MIN_QUOTE = 12


class AnswerRejected(ValueError):
    """The answer is malformed or cannot be applied; the message says where and why."""


@dataclass(frozen=True, slots=True)
class ReplaceBlock:
    path: str
    search: str
    replace: str


@dataclass(frozen=True, slots=True)
class ParsedAnswer:
    summary: str
    blocks: tuple[ReplaceBlock, ...] = ()
    contract_path: str | None = None
    contract_quote: str | None = None
    no_fix: str | None = None
    paths: tuple[str, ...] = field(default=())


_CONTRACT = re.compile(r'^CONTRACT:\s*(?P<path>[^:\s]+)\s*:\s*"(?P<quote>.+)"\s*$')


def parse_answer(text: str) -> ParsedAnswer:
    """The answer's parts, or :class:`AnswerRejected` saying what breaks the format."""
    lines = text.replace("\r\n", "\n").split("\n")
    meaningful = [line for line in lines if line.strip() and not _is_fence(line)]
    if len(meaningful) == 1 and meaningful[0].startswith("NO FIX:"):
        return ParsedAnswer(summary="", no_fix=meaningful[0][7:].strip())
    summary: str | None = None
    contract: tuple[str, str] | None = None
    path: str | None = None
    blocks: list[ReplaceBlock] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        number = index + 1
        index += 1
        if not line.strip() or _is_fence(line):
            continue
        if line.startswith("SUMMARY:"):
            if summary is not None:
                raise AnswerRejected(f"line {number}: a second SUMMARY")
            summary = line[8:].strip()
        elif line.startswith("CONTRACT:"):
            match = _CONTRACT.match(line.strip())
            if match is None:
                raise AnswerRejected(f'line {number}: CONTRACT must be `path: "quote"`')
            contract = (match["path"], match["quote"])
        elif line.startswith("FILE:"):
            path = line[5:].strip()
            if not path:
                raise AnswerRejected(f"line {number}: FILE names no file")
        elif line.rstrip() == SEARCH:
            if path is None:
                raise AnswerRejected(f"line {number}: a SEARCH block before any FILE line")
            search, index = _until(lines, index, DIVIDER, number)
            replace, index = _until(lines, index, REPLACE, number)
            if not search.strip():
                raise AnswerRejected(f"line {number}: an empty SEARCH text")
            blocks.append(ReplaceBlock(path, search, replace))
        else:
            raise AnswerRejected(f"line {number}: text outside the format: {line[:80]!r}")
    if not summary:
        raise AnswerRejected("no SUMMARY line")
    if not blocks:
        raise AnswerRejected("no SEARCH/REPLACE block")
    paths = tuple(dict.fromkeys(block.path for block in blocks))
    return ParsedAnswer(summary=summary, blocks=tuple(blocks),
                        contract_path=contract[0] if contract else None,
                        contract_quote=contract[1] if contract else None, paths=paths)


def _is_fence(line: str) -> bool:
    return line.strip().startswith("```")


def _until(lines: list[str], index: int, marker: str, opened: int) -> tuple[str, int]:
    collected: list[str] = []
    while index < len(lines):
        if lines[index].rstrip() == marker:
            return "".join(line + "\n" for line in collected), index + 1
        if lines[index].rstrip() in (SEARCH, DIVIDER, REPLACE):
            raise AnswerRejected(
                f"line {index + 1}: {lines[index].strip()!r} where {marker!r} was expected "
                f"(block opened at line {opened})"
            )
        collected.append(lines[index])
        index += 1
    raise AnswerRejected(f"the block opened at line {opened} never reaches {marker!r}")


def is_test_path(path: str) -> bool:
    parts = path.split("/")
    name = parts[-1]
    return (bool({"tests", "test", "testing"} & set(parts[:-1])) or name == "conftest.py"
            or name.startswith("test_") or name.endswith("_test.py"))


Reader = Callable[[str], str | None]


def apply_answer(answer: ParsedAnswer, read: Reader) -> tuple[dict[str, str], dict[str, str]]:
    """(new texts, original texts) by repository path, or :class:`AnswerRejected`."""
    if len(answer.paths) > MAX_FILES:
        raise AnswerRejected(f"edits {len(answer.paths)} files; at most {MAX_FILES} may change")
    originals: dict[str, str] = {}
    texts: dict[str, str] = {}
    for path in answer.paths:
        if path.startswith("/") or ".." in path.split("/") or "\\" in path:
            raise AnswerRejected(f"{path!r} is not a path inside the repository")
        if not path.endswith(".py"):
            raise AnswerRejected(f"{path} is not a Python file")
        if is_test_path(path):
            raise AnswerRejected(f"{path} is a test file; a fix may not change the tests")
        original = read(path)
        if original is None:
            raise AnswerRejected(f"{path} is not a file of the repository")
        originals[path] = texts[path] = original
    for number, block in enumerate(answer.blocks, 1):
        texts[block.path] = _replace_once(texts[block.path], block, number)
    changed = 0
    for path, text in texts.items():
        try:
            ast.parse(text)
        except SyntaxError as exc:
            raise AnswerRejected(f"{path} no longer parses after the edit: {exc.msg} "
                                 f"(line {exc.lineno})") from exc
        changed += _changed_lines(originals[path], text)
    if changed == 0:
        raise AnswerRejected("the blocks change nothing")
    if changed > MAX_CHANGED_LINES:
        raise AnswerRejected(f"changes {changed} lines; a minimal fix changes at most "
                             f"{MAX_CHANGED_LINES}")
    return texts, originals


def _replace_once(text: str, block: ReplaceBlock, number: int) -> str:
    count = text.count(block.search)
    if count == 1:
        return text.replace(block.search, block.replace, 1)
    if count > 1:
        raise AnswerRejected(f"block {number}: its SEARCH text occurs {count} times in "
                             f"{block.path}; it must name one place")
    # The same lines but for trailing spaces: models often drop them.
    lines = text.splitlines(keepends=True)
    wanted = [line.rstrip() for line in block.search.splitlines()]
    starts = [i for i in range(len(lines) - len(wanted) + 1)
              if [line.rstrip() for line in lines[i:i + len(wanted)]] == wanted]
    if len(starts) != 1:
        where = "twice or more" if starts else "nowhere"
        raise AnswerRejected(f"block {number}: its SEARCH text occurs {where} in {block.path}")
    start = starts[0]
    replacement = block.replace
    if not "".join(lines[start:start + len(wanted)]).endswith("\n"):
        replacement = replacement.removesuffix("\n")
    return "".join(lines[:start]) + replacement + "".join(lines[start + len(wanted):])


def _changed_lines(before: str, after: str) -> int:
    import difflib

    return sum(1 for line in difflib.ndiff(before.splitlines(), after.splitlines())
               if line[:1] in "+-")


def _squash(text: str) -> str:
    return " ".join(text.split())


def cited_contract(answer: ParsedAnswer, read: Reader) -> str | None:
    """The model's quoted contract, if the quote really is the code's own words.

    The quote must be in the repository as it was (so the patch cannot write its own
    justification), at least a few words long, and in a docstring, comment or string, or
    in a test: what people wrote to say what the code should do, not any line of code.
    """
    path, quote = answer.contract_path, answer.contract_quote
    if path is None or quote is None or len(quote.strip()) < MIN_QUOTE:
        return None
    if path.startswith("/") or ".." in path.split("/"):
        return None
    original = read(path)
    if original is None:
        return None
    wanted = _squash(quote)
    if is_test_path(path):
        found = wanted in _squash(original)
    else:
        found = any(wanted in _squash(prose) for prose in _prose(original))
    if not found:
        return None
    return f'{path} says "{quote.strip()}"'


def _prose(source: str) -> list[str]:
    """The comments and string literals of a module."""
    found: list[str] = []
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.COMMENT:
                found.append(token.string.lstrip("#"))
            elif token.type == tokenize.STRING:
                found.append(token.string)
    except (tokenize.TokenError, SyntaxError):
        return []
    return found
