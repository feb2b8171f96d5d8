"""``KeyError`` from ``template.format(**fields)`` where the docstring names the fallbacks.

Mail merges and message templates fill ``{placeholders}`` from a record's fields, and a
record without one of them makes ``str.format`` raise ``KeyError: 'first_name'``. The
obvious guard (``defaultdict(str)``) writes "Hi ," and hides typos in the template. When
the function's docstring says what a missing field reads instead, in a sentence that names
a module-level dict of fallbacks ("A field the contact lacks takes its value from
FALLBACKS"), the template is filled through a mapping that answers from that dict:

    return template.format_map(_WithFallbacks(fields))

    class _WithFallbacks(dict[str, object]):
        def __missing__(self, name: str) -> object:
            return FALLBACKS[name]

What the sentence says shapes the mapping, and nothing is made up:

* "lacks (or has empty)", "missing or blank": an empty value falls back too;
* a sentence about a placeholder with no fallback that leaves it "as written" (braces
  included, unchanged, as is): ``FALLBACKS.get(name, "{" + name + "}")``; without such a
  sentence a name with no fallback still raises, as it did;
* a sentence about the no-fallback case that says something else, or any sentence about
  a missing field that refuses it (raise, error, reject: the dict may be for a preview
  only), backs nothing, and no candidate is proposed.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.base import Candidate
from bugstack.repair.candidates.edits import replace_node

__all__ = ["FormatFallbacks"]

_CLASS = "_WithFallbacks"
# The field is absent: what the sentence must be about.
_MISSING = re.compile(
    r"\b(lacks?|lacking|missing|absent|without|(has|have|with) no|no such|not (have|given|set))\b",
    re.I)
# Said of the same field, an empty value is put on the same footing as an absent one.
_EMPTY = re.compile(r"\b(empty|blank)\b", re.I)
# A sentence that refuses is no fallback, whatever it names.
_REFUSES = re.compile(r"\b(raises?|raised|errors?|reject(s|ed)?|refuse[sd]?|invalid)\b", re.I)
# The placeholder that no fallback covers either.
_NO_FALLBACK = re.compile(r"\b(no fallback|not in \w+|neither|no default)\b", re.I)
_AS_WRITTEN = re.compile(
    r"\b(as written|as it is|as is|unchanged|untouched|braces included|verbatim)\b", re.I)


def _sentences(text: str) -> list[str]:
    text = re.sub(r"\s*\n\s*", " ", text)
    return [s.strip() for s in re.split(r"(?<=[.;!?])\s+", text) if s.strip()]


def _format_call(statement: ast.stmt) -> tuple[ast.Call, ast.expr] | None:
    """The one ``X.format(**fields)`` / ``X.format_map(fields)`` call of the statement, and
    the mapping it is given; a call with other arguments is not read."""
    found: list[tuple[ast.Call, ast.expr]] = []
    for call in ast.walk(statement):
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)):
            continue
        if call.func.attr == "format" and not call.args and len(call.keywords) == 1 \
                and call.keywords[0].arg is None:
            found.append((call, call.keywords[0].value))
        elif call.func.attr == "format_map" and len(call.args) == 1 and not call.keywords:
            found.append((call, call.args[0]))
    return found[0] if len(found) == 1 else None


def _fallback_dicts(tree: ast.Module) -> dict[str, set[str]]:
    """Module-level dicts of text written out in the module: name -> their keys."""
    found: dict[str, set[str]] = {}
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 \
            else node.target if isinstance(node, ast.AnnAssign) else None
        value = node.value if isinstance(node, ast.Assign | ast.AnnAssign) else None
        if isinstance(target, ast.Name) and isinstance(value, ast.Dict) and value.keys and all(
                isinstance(k, ast.Constant) and isinstance(k.value, str) for k in value.keys):
            found[target.id] = {str(k.value) for k in value.keys if isinstance(k, ast.Constant)}
    return found


class FormatFallbacks:
    name = "format-fallbacks"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        crash, statement, function, tree = (analysis.crash, analysis.statement,
                                            analysis.function, analysis.tree)
        if analysis.exc_type != "KeyError" or crash is None or statement is None \
                or function is None or tree is None:
            return
        key = re.fullmatch(r"'(\w+)'", analysis.message.strip())
        found = _format_call(statement)
        if key is None or found is None or f"class {_CLASS}" in crash.source:
            return
        call, mapping = found
        sentences = _sentences(ast.get_docstring(function) or "")
        dicts = _fallback_dicts(tree)
        backing = [(s, name) for s in sentences for name in dicts
                   if re.search(rf"\b{name}\b", s) and _MISSING.search(s)]
        names = {name for _, name in backing}
        if len(names) != 1 or any(_MISSING.search(s) and _REFUSES.search(s) for s in sentences):
            return  # silent, two dicts for one case, or a missing field refused somewhere
        (fallbacks,) = names
        sentence = backing[0][0]
        empty_too = bool(_EMPTY.search(sentence))
        beyond = [s for s in sentences if s != sentence and _NO_FALLBACK.search(s)]
        if any(not _AS_WRITTEN.search(s) or _REFUSES.search(s) for s in beyond):
            return  # the case with no fallback is documented in words not read here
        as_written = bool(beyond)
        if key.group(1) not in dicts[fallbacks] and not as_written:
            return  # the crash's own field would still raise
        answer = (f'{fallbacks}.get(name, "{{" + name + "}}")' if as_written
                  else f"{fallbacks}[name]")
        given = "{name: value for name, value in fields.items() if value}" if empty_too \
            else "fields"
        mapping_text = ast.unparse(mapping)
        edited = replace_node(crash.source, call,
                              f"{ast.unparse(call.func.value)}.format_map({_CLASS}({mapping_text}))"
                              if isinstance(call.func, ast.Attribute) else "")
        edited = edited.rstrip("\n") + "\n" + "\n".join([
            "", "",
            f"class {_CLASS}(dict[str, object]):",
            f'    """The fields given{", those left empty dropped," if empty_too else ""} and '
            f'{fallbacks} for the ones they lack',
            f'    (the docstring of `{function.name}`)."""',
            "",
            "    def __init__(self, fields: dict[str, object]) -> None:",
            f"        super().__init__({given})",
            "",
            "    def __missing__(self, name: str) -> object:",
            f"        return {answer}",
        ]) + "\n"
        yield Candidate(
            strategy=self.name,
            description=f"The template is filled through a mapping that answers {fallbacks} "
                        "for a field the record lacks"
                        + (" or has empty" if empty_too else "")
                        + (", and leaves a placeholder with no fallback as written."
                           if as_written else "."),
            edits={crash.path: edited}, originals={crash.path: crash.source},
            plausibility=0.85,
            contract=f"the docstring of `{function.name}`: \"{sentence}\""
                     + (f' and "{beyond[0]}"' if as_written else ""),
        )
