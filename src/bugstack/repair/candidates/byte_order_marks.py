"""A file's byte-order mark read as part of its first column's name.

Excel's "CSV UTF-8" export (and other Windows tools) begin the file with a byte-order
mark. Opened with ``encoding="utf-8"``, the mark stays in the text, so ``csv.DictReader``
names the first column ``"\\ufeffemail"`` and ``row["email"]`` raises KeyError. The mark
is not data: the file is opened with ``encoding="utf-8-sig"``, which drops a leading mark
and reads a file without one exactly as ``"utf-8"`` does, so every other file still
reads the same. Reading the key with ``.get()`` would give every row None instead.

Backing, all required: the KeyError's key, with the mark before it, is a key of a dict a
frame of the crash captured (so the mark is really there); and the function around the
crash line opens one file, with an explicit ``encoding="utf-8"`` (a file opened with the
platform's default encoding is left alone: that choice is not this fix's to change).
Documentation that says a file with the mark is refused backs nothing; one that speaks of
the mark as telling one kind of file from another ("files of the legacy exporter begin
with one and give cents") backs nothing either; one that speaks of it without saying it is
dropped backs the fix only when the package already reads another file with
``utf-8-sig`` and says there that this drops the mark.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node
from bugstack.repair.candidates.package_functions import package_modules
from bugstack.repair.contract_items import documentation_on_stack, sentences

__all__ = ["ByteOrderMarkDropped"]

_MARK = "\ufeff"
_BOM = re.compile(r"\bbyte[- ]order[- ]marks?\b|\bBOMs?\b", re.I)
_DROPPED = re.compile(r"\b(?:drop\w*|ignor\w*|strip\w*|skip\w*|utf-8-sig)\b", re.I)
_REFUSED = re.compile(r"\b(?:refus\w*|reject\w*|not accepted|invalid|an error|must not|never|"
                      r"sent back|returned to|not (?:be )?(?:imported|read|accepted|loaded))\b",
                      re.I)
#: The mark tells one kind of file from another here: dropping it loses that.
_MEANING = re.compile(r"\b(?:legacy|old(?:er)?|previous|former|means?|indicates?|signals?|"
                      r"tells?|distinguish\w*|cents|units?)\b", re.I)
_UTF8 = ("utf-8", "utf8", "UTF-8", "UTF8")


def _marked(site: CrashSite, key: str) -> bool:
    return any(isinstance(value, dict) and _MARK + key in value
               for frame in site.frames for value in frame.frame.vars.values())


def _sibling_reads_sig(analysis: Analysis) -> bool:
    """Whether the package already reads a file with ``encoding="utf-8-sig"`` and says
    why on or just above that line (the mark is dropped)."""
    for path in package_modules(analysis):
        text = analysis.read(path) or ""
        if "sig" not in text:
            continue
        try:
            tree = ast.parse(text)
        except SyntaxError:
            continue
        lines = text.splitlines()
        for call in ast.walk(tree):
            if isinstance(call, ast.Call) and _reads_with_sig(call):
                said = " ".join(lines[max(0, call.lineno - 3):call.lineno])
                if _BOM.search(said) and _DROPPED.search(said.replace("utf-8-sig", "")):
                    return True
    return False


def _reads_with_sig(call: ast.Call) -> bool:
    encoding = next((k.value for k in call.keywords if k.arg == "encoding"), None)
    if not (isinstance(encoding, ast.Constant) and str(encoding.value).lower().replace(
            "_", "-") in ("utf-8-sig", "utf8-sig")):
        return False
    mode = next((k.value for k in call.keywords if k.arg == "mode"), None)
    if mode is None:
        positional = call.args[1:] if ast.unparse(call.func) in ("open", "io.open") \
            else call.args
        mode = positional[0] if positional else None
    return mode is None or (isinstance(mode, ast.Constant) and isinstance(mode.value, str)
                            and not set(mode.value) & set("wax+"))


def _opened_utf8(function: ast.AST) -> list[ast.Constant]:
    """The ``encoding="utf-8"`` constants of the file opens in ``function``."""
    found = []
    for call in ast.walk(function):
        if not (isinstance(call, ast.Call) and (
                ast.unparse(call.func) in ("open", "io.open", "codecs.open")
                or (isinstance(call.func, ast.Attribute) and call.func.attr == "open"))):
            continue
        encodings = [k.value for k in call.keywords if k.arg == "encoding"]
        if len(encodings) != 1 or not isinstance(encodings[0], ast.Constant) \
                or encodings[0].value not in _UTF8:
            return []  # a file opened otherwise: which one was read is not clear
        found.append(encodings[0])
    return found


def _bytes_matter(function: ast.AST) -> bool:
    """Whether the function turns the text back into bytes or hashes it: the mark is then
    part of what it computes."""
    return any((isinstance(n, ast.Attribute) and n.attr in ("encode", "hexdigest", "digest"))
               or (isinstance(n, ast.Name) and n.id == "hashlib") for n in ast.walk(function))


class ByteOrderMarkDropped:
    name = "byte-order-mark-dropped"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, tree = analysis.crash, analysis.tree
        if crash is None or tree is None or analysis.exc_type != "KeyError":
            return
        key = analysis.missing_text_key()
        if key is None or not _marked(site, key):
            return
        said = [s for _, text in documentation_on_stack(site, crash, tree, crash.lineno)
                for s in sentences(text) if _BOM.search(s)]
        if any(_REFUSED.search(s) or _MEANING.search(_BOM.sub("", s)) for s in said) or (
                any(not _DROPPED.search(s) for s in said) and not _sibling_reads_sig(analysis)):
            # The mark is refused, or means something here ("legacy files start with
            # one"), unless the module already reads such files with `utf-8-sig`.
            return
        around = [node for node in tree.body
                  if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
                  and node.lineno <= crash.lineno <= (node.end_lineno or node.lineno)]
        encodings = _opened_utf8(around[0]) if len(around) == 1 else []
        if len(encodings) != 1 or _bytes_matter(around[0]):
            return
        quote = (ast.get_source_segment(crash.source, encodings[0]) or '"')[0]
        yield Candidate(
            strategy=self.name,
            description=f"The file is opened with `utf-8-sig`, so the byte-order mark it "
                        f"starts with is dropped instead of read into the column name "
                        f"(`\\ufeff{key}`).",
            edits={crash.path: replace_node(crash.source, encodings[0],
                                            f"{quote}utf-8-sig{quote}")},
            originals={crash.path: crash.source}, plausibility=0.8,
            contract="a byte-order mark marks the encoding, it is not part of the text",
        )
