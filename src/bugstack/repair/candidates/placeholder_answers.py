"""A placeholder the code documents, parsed as if it were a value, where a constant of
the module is the documented answer for it.

``datetime.strptime(taken.strip(), EXIF_FORMAT)`` raises "time data '0000:00:00 00:00:00'
does not match format" for a photo from a camera whose clock was never set. The module
says what such a photo gets::

    #: Folder for photos whose camera recorded no date: a blank DateTimeOriginal, or the
    #: all-zero placeholder ("0000:00:00 00:00:00") cameras write while their clock is unset.
    UNDATED_FOLDER = "undated"

and ``folder_for``'s docstring gives UNDATED_FOLDER as its answer for a photo without a
date. The function then answers the placeholder (and the blank, when the comment names
it too) with the constant before parsing::

    if not taken.strip() or taken.strip() == "0000:00:00 00:00:00":
        return UNDATED_FOLDER

Skipping the photo would drop it from the import, and catching every ValueError would
file a corrupt date under "undated" too, which nothing documents.

Backing, all of it required (the seventeenth adversarial review beat a looser first
version 12 times in 12 traps):

* a ``ValueError`` whose message quotes the value that failed, in a statement that
  parses one pure expression and sits directly in the body of a function returning
  ``str`` that is no generator, with nothing after it but names assigned and the return
  (a count kept for the caller, a loop's other items, a note in a log are not skipped);
* exactly one module constant whose comment quotes that value, in a sentence that speaks
  of an absence (not "no missing amount"), quotes no other value, names no other
  constant and asks for nothing more (also noted, logged, counted; the import stops);
  that sentence or the constant's comment shares a word with the function's name or the
  value parsed ("Folder for photos ..." and ``folder_for``); the blank is answered too
  only where that very sentence names it;
* a sentence of the function's docstring gives the constant for an absence, quoting no
  text of its own ("go in the album "Photos without a date"" is another answer), and no
  sentence of it quotes the placeholder or speaks of a placeholder without the constant.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.destinations import is_pure
from bugstack.repair.candidates.edits import insert_before_statement
from bugstack.repair.contract_items import comments_above, sentences, whole_sentences

__all__ = ["DocumentedPlaceholderAnswer"]

_QUOTED_IN_MESSAGE = re.compile(r"'([^']*)'|\"([^\"]*)\"")
_QUOTED = re.compile(r'"([^"]+)"|(?<![\w`])\'([^\']+)\'')
_ABSENCE = re.compile(r"\b(?:no|without|unset|not\s+set|placeholder|missing|unknown|blank)\b",
                      re.I)
_NEGATED_ABSENCE = re.compile(r"\b(?:no|not|never|isn't)\s+(?:an?\s+)?(?:\w+\s+)?(?:missing|absent|"
                              r"unknown|blank|placeholder)\b", re.I)
_BLANK = re.compile(r"\b(?:blank|empty)\b", re.I)
_MORE = re.compile(r"\b(?:rais\w*|reject\w*|refus\w*|errors?|invalid|skip\w*|dropp\w*|also|stops?|"
                   r"another\s+matter|left\s+out|omit\w*)\b|\b(?:noted|logged|recorded|reported|"
                   r"counted|written)\s+(?:in|to|on|into|by)\b", re.I)
_PARSERS = frozenset({"strptime", "fromisoformat", "int", "float", "Decimal", "date",
                      "datetime", "loads", "parse"})
_TEXT_METHODS = frozenset({"strip", "lstrip", "rstrip", "lower", "upper"})


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)}


def _related(first: set[str], second: set[str]) -> bool:
    return any(a[:4] == b[:4] and abs(len(a) - len(b)) <= 3 for a in first for b in second)


def _pure_text(node: ast.expr) -> bool:
    """A value read without side effects, or one trimmed or cased (``taken.strip()``)."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr in _TEXT_METHODS and not node.args and not node.keywords:
        return is_pure(node.func.value)
    return is_pure(node)


def _parsed_expression(statement: ast.stmt) -> ast.expr | None:
    """The one pure expression the statement hands to a parser."""
    found = [call.args[0] for call in ast.walk(statement) if isinstance(call, ast.Call)
             and call.args and (call.func.attr if isinstance(call.func, ast.Attribute) else
                                call.func.id if isinstance(call.func, ast.Name) else "")
             in _PARSERS and _pure_text(call.args[0])]
    return found[0] if len(found) == 1 else None


def _constants(tree: ast.Module) -> dict[str, int]:
    """Module constants of text, annotated or not -> their line."""
    found: dict[str, int] = {}
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 \
            else node.target if isinstance(node, ast.AnnAssign) else None
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and target.id.isupper() \
                and isinstance(value, ast.Constant) and isinstance(value.value, str):
            found[target.id] = node.lineno
    return found


def _documented_constant(source: str, tree: ast.Module, value: str, near: set[str]
                         ) -> tuple[str, str, bool] | None:
    """(constant, the sentence, whether it names the blank too) of the one module constant
    of text whose comment quotes ``value`` as the placeholder of an absence."""
    lines = source.splitlines()
    constants = _constants(tree)
    quoting: list[tuple[str, str, str]] = []
    for name, lineno in constants.items():
        comment = comments_above(lines, lineno)
        for sentence in whole_sentences(comment):
            if value in {a or b for a, b in _QUOTED.findall(sentence)}:
                quoting.append((name, sentence, comment))
    if len({name for name, _, _ in quoting}) != 1 or len(quoting) != 1:
        return None  # silent, or several constants (or sentences) claim the placeholder
    name, sentence, comment = quoting[0]
    others = {a or b for a, b in _QUOTED.findall(sentence)} - {value}
    named = {c for c in constants if c != name and re.search(rf"\b{c}\b", sentence)}
    if not _ABSENCE.search(sentence) or _NEGATED_ABSENCE.search(sentence) or others \
            or named or _MORE.search(comment) or not _related(_words(comment), near):
        return None
    return name, sentence, bool(_BLANK.search(sentence))


def _docstring_gives(docstring: str, constant: str, value: str) -> bool:
    """A sentence gives the constant for an absence, and none gives the placeholder
    another answer."""
    told = sentences(docstring)
    gives = [s for s in told if re.search(rf"\b{constant}\b", s) and _ABSENCE.search(s)
             and not _QUOTED.search(s.replace("``", ""))]
    other = [s for s in told if not re.search(rf"\b{constant}\b", s)
             and (value in s or re.search(r"\bplaceholder\b", s, re.I))]
    return bool(gives) and not other and not _MORE.search(docstring)


def _only_names_follow(function: ast.FunctionDef | ast.AsyncFunctionDef,
                       statement: ast.stmt) -> bool:
    """The statement sits in the function's own body, the function yields nothing, and
    what follows it only assigns names and returns."""
    if statement not in function.body or any(
            isinstance(n, ast.Yield | ast.YieldFrom) for n in ast.walk(function)):
        return False
    after = function.body[function.body.index(statement) + 1:]
    return all(isinstance(n, ast.Return) or (
        isinstance(n, ast.Assign | ast.AnnAssign) and all(
            isinstance(t, ast.Name) for t in (n.targets if isinstance(n, ast.Assign)
                                              else [n.target]))) for n in after)


class DocumentedPlaceholderAnswer:
    name = "documented-placeholder-answer"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "ValueError" or crash is None or statement is None \
                or function is None or tree is None or statement is function:
            return
        quoted = _QUOTED_IN_MESSAGE.search(analysis.message)
        parsed = _parsed_expression(statement)
        returns = ast.unparse(function.returns) if function.returns is not None else ""
        if quoted is None or parsed is None or returns != "str" \
                or not _only_names_follow(function, statement):
            return
        value = (quoted.group(1) if quoted.group(1) is not None else quoted.group(2)).strip()
        if not value:
            return
        near = _words(function.name.replace("_", " ")) | _words(
            " ".join(n.id for n in ast.walk(parsed) if isinstance(n, ast.Name))
            + " " + " ".join(n.attr for n in ast.walk(parsed) if isinstance(n, ast.Attribute)))
        documented = _documented_constant(crash.source, tree, value, near)
        if documented is None:
            return
        constant, sentence, blank_too = documented
        if not _docstring_gives(ast.get_docstring(function) or "", constant, value):
            return
        text = ast.get_source_segment(crash.source, parsed) or ast.unparse(parsed)
        quote = '"' if crash.source.count('"') >= crash.source.count("'") else "'"
        test = f"{text} == {quote}{value}{quote}"
        if blank_too:
            test = f"not {text} or {test}"
        yield Candidate(
            strategy=self.name,
            description=f"The placeholder {value!r}{' (and a blank)' if blank_too else ''} "
                        f"now gets {constant}, the answer the module documents for it, "
                        "instead of failing to parse.",
            edits={crash.path: insert_before_statement(crash.source, statement, [
                f"if {test}:", f"\treturn {constant}"])},
            originals={crash.path: crash.source}, plausibility=0.85,
            contract=f"`{constant}`'s comment: \"{' '.join(sentence.split())[:200]}\"",
        )
