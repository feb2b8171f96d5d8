"""What a module's constants say, in their comments, about a value that is not there.

Three readings, all for a ``KeyError`` at ``mapping[key]``:

- a constant whose comment names the missing key's case is the value to use for it::

      #: Where the switcher sends the visitor when it cannot send them back (no Referer).
      FALLBACK_NEXT = "/account/"

  answers ``request.META["HTTP_REFERER"]`` with ``.get("HTTP_REFERER", FALLBACK_NEXT)``;

- a sentence saying where entries missing from a lookup table go, naming one quoted
  value, is the default of that table's lookup::

      #: Countries not mapped here are reported under "other", never dropped.
      COUNTRY_REGION = {"GB": "uk", "DE": "eu"}

  answers ``COUNTRY_REGION[row["country"]]`` with ``.get(row["country"], "other")``.

- a constant holding one key of a lookup table, whose comment says that key's entry
  applies to every key not listed, names the table's default::

      HOURLY_PENCE = {"car": 250, "motorcycle": 100, "coach": 900}
      #: The class whose tariff applies to any class not listed above.
      OTHER_VEHICLES = "car"

  answers ``HOURLY_PENCE[vehicle_class]`` with ``.get(vehicle_class,
  HOURLY_PENCE[OTHER_VEHICLES])``: a van pays the car tariff, not nothing.

All need the words to be about the absence (``no``, ``without``, ``not mapped``,
``unknown``); a constant merely mentioning the key says nothing about its absence.
"""

from __future__ import annotations

import ast
import re

from bugstack.repair.contract import Evidence
from bugstack.repair.contract_items import comments_above, refusal_in, sentences

__all__ = ["constant_for_absent_key", "default_for_table", "default_for_unmapped",
           "stand_in_entry"]

# A constant said to be written somewhere about the absence is a message, not the value.
_MESSAGE = re.compile(r"\b(?:logged|logs?|messages?|warn(?:s|ing|ed)?|printed|shown|displayed"
                      r"|alerts?)\b", re.I)
# Header prefixes that carry no meaning of their own: `HTTP_REFERER` is "the Referer".
_NOISE = frozenset({"http", "x", "the"})


def _constants(tree: ast.Module) -> list[tuple[str, ast.expr, int]]:
    """Module-level ``NAME = value`` bindings of upper-case names, with their line."""
    found = []
    for statement in tree.body:
        if isinstance(statement, ast.Assign):
            targets, value = statement.targets, statement.value
        elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
            targets, value = [statement.target], statement.value
        else:
            continue
        for target in targets:
            if isinstance(target, ast.Name) and target.id.isupper():
                found.append((target.id, value, statement.lineno))
    return found


def constant_for_absent_key(source: str, tree: ast.Module, key: str) -> Evidence | None:
    """The constant whose own comment is for when ``key`` is missing ("no Referer")."""
    words = [w for w in re.split(r"[^a-z0-9]+", key.lower()) if len(w) > 1 and w not in _NOISE]
    if not words:
        return None
    subject = r"[\s_-]*".join(re.escape(w) for w in words)
    absent = re.compile(
        rf"\b(?:no|without(?:\s+an?|\s+the)?|missing|absent)\s+{subject}\b"
        rf"|\b{subject}\s+(?:is\s+)?(?:missing|absent|not\s+sent|left\s+out)\b", re.I)
    lines = source.splitlines()
    matches = [(name, text) for name, value, lineno in _constants(tree)
               if isinstance(value, ast.Constant)
               and absent.search(text := comments_above(lines, lineno))]
    if len(matches) != 1:
        return None  # two constants for the same absence: the comment does not choose
    name, text = matches[0]
    sentence = next(s for s in sentences(text) if absent.search(s))
    if _MESSAGE.search(sentence):
        return None  # what is logged or shown about the absence, not a value standing in
    if refusal_in(text):
        return None  # "requests without it are rejected": the comment refuses the case
    return Evidence(name, f"`{name}`'s comment is for that case: \"{sentence}\"")


_UNMAPPED = re.compile(r"\b(?:not\s+(?:mapped|listed|known|in\s+the\s+table)|unmapped|unknown"
                       r"|unlisted)\b", re.I)
_GOES_TO = re.compile(r"\b(?:under|as|to|into)\s+[\"'`]{1,2}(?P<value>[\w .-]+?)[\"'`]{1,2}",
                      re.I)
# Quoted values of a sentence; a lone apostrophe ("the pack's") opens no quote.
_QUOTED = re.compile(r'"([^"]+)"|``?([^`]+)``?|(?<!\w)\'([^\']+)\'(?!\w)')
_DROPPED = re.compile(r"\b(?:skipped|dropped|ignored|left\s+out|raises?|rejected)\b", re.I)


def default_for_unmapped(source: str, tree: ast.Module, table: str) -> Evidence | None:
    """The quoted value a comment or the module docstring gives entries missing from the
    module's lookup table ``table`` (a dict literal of strings)."""
    tables = {name: value for name, value, _ in _constants(tree)}
    literal = tables.get(table)
    if not isinstance(literal, ast.Dict) or not literal.values or not all(
            isinstance(v, ast.Constant) and isinstance(v.value, str) for v in literal.values):
        return None
    keys = {k.value for k in literal.keys if isinstance(k, ast.Constant)}
    lines = source.splitlines()
    texts = [comments_above(lines, lineno) for _, _, lineno in _constants(tree)]
    texts.append(ast.get_docstring(tree) or "")
    values: set[str] = set()
    said = ""
    for sentence in (s for text in texts for s in sentences(text)):
        if not _UNMAPPED.search(sentence):
            continue
        # "reported under 'other', never dropped": the negated refusal is no refusal.
        refusal = _DROPPED.search(re.sub(r"\b(?:never|not)\s+\w+", "", sentence))
        goes = {m.group("value") for m in _GOES_TO.finditer(sentence)}
        quoted = {next(g for g in m.groups() if g) for m in _QUOTED.finditer(sentence)}
        if refusal or len(goes) != 1 or quoted != goes:
            continue
        values |= goes
        said = sentence
    if len(values) != 1 or values & keys:
        return None
    value = values.pop()
    # The value must be one the module itself lists (the table's values, the report's
    # columns): a quoted display label ("shown as "Other countries"") is no region
    # (adversarial review).
    listed = {n.value for _, bound, _ in _constants(tree) for n in ast.walk(bound)
              if isinstance(n, ast.Constant) and isinstance(n.value, str)} - keys
    if value not in listed:
        return None
    quote = "'" if source.count("'") > source.count('"') else '"'  # as the module writes
    return Evidence(f"{quote}{value}{quote}", f"the module says so: \"{said}\"")


# A constant naming the entry that stands in for every one not listed: "the class whose
# tariff applies to any class not listed above".
_STANDS_IN = re.compile(r"\b(?:not\s+(?:listed|mapped|in\b)|unlisted|unmapped|(?:any|all|every)"
                        r"\s+other)\b", re.I)
# A catch-all with a limit of its own: "any other vehicle under 3.5 tonnes".
_QUALIFIED = re.compile(r"\b(?:any|all|every)\s+other\s+\w+\s+(?:under|over|above|below|up\s+to|"
                        r"less|more|with|without|except|only|if|when|unless|that|which|whose)\b",
                        re.I)
# Words of a refusal or of a case handled otherwise, in the module's or the function's
# docstring: "may not enter", "asks the clerk to type it again", "a code that names no
# country".
_TURNED_AWAY = re.compile(r"\b(?:may\s+not|must\s+not|not\s+allowed|refus\w*|reject\w*|barred|"
                          r"turn\w*\s+(?:\w+\s+)?away|again|rais\w*|no|unknown|invalid|typo)\b",
                          re.I)


def stand_in_entry(source: str, tree: ast.Module, table: str, function_doc: str = ""
                   ) -> Evidence | None:
    """``TABLE[CONSTANT]`` where one module constant holds a key of the lookup table
    ``table`` and its comment says that key's entry applies to those not listed: a
    comment that names the table, or says "above" right below it. Nothing where the
    catch-all has a limit ("any other vehicle under 3.5 tonnes"), or the module's or the
    crashing function's docstring turns a case away or speaks of the absent key itself
    (the sixteenth adversarial review beat the first version 4 times in 4 traps)."""
    bound = {name: (value, lineno) for name, value, lineno in _constants(tree)}
    literal, table_line = bound.get(table, (None, 0))
    if not isinstance(literal, ast.Dict):
        return None
    if any(_TURNED_AWAY.search(s) for s in sentences(ast.get_docstring(tree) or "")) or any(
            _TURNED_AWAY.search(s) for s in sentences(function_doc)[1:]):
        return None
    keys = {k.value for k in literal.keys if isinstance(k, ast.Constant)}
    lines = source.splitlines()
    assigned = sorted(node.lineno for node in tree.body if isinstance(node, ast.Assign
                                                                       | ast.AnnAssign))
    found: dict[str, str] = {}
    for name, (value, lineno) in bound.items():
        if name == table or not isinstance(value, ast.Constant) or value.value not in keys:
            continue
        # "listed above" is the table right above it, with no assignment in between.
        below_table = table_line < lineno and not any(table_line < n < lineno for n in assigned)
        for sentence in sentences(comments_above(lines, lineno)):
            if not _STANDS_IN.search(sentence) or _QUALIFIED.search(sentence) \
                    or _DROPPED.search(sentence) or refusal_in(sentence):
                continue
            if re.search(rf"\b{re.escape(table)}\b", sentence) or (
                    below_table and re.search(r"\babove\b", sentence)):
                found.setdefault(name, sentence)
    if len(found) != 1:
        return None  # silent, or two constants claiming the unlisted
    name, said = next(iter(found.items()))
    return Evidence(f"{table}[{name}]", f"the module says so: \"{name}: {said}\"")


_FOR_UNLISTED = re.compile(r"\bnot\s+(?:yet\s+)?(?:\w+\s+)?(?:timed|listed|known|measured|"
                           r"priced|rated|set|in\s+the\s+table)\b|\bunlisted\b|\bunknown\b|"
                           r"\bmissing\b|\bany\s+other\b|\bnot\s+yet\b|\bnew\s+\w+\s+types?\b|"
                           r"\bwithout\s+(?:an?\s+)?(?:own\s+)?entry\b", re.I)


def default_for_table(source: str, tree: ast.Module, table: str) -> Evidence | None:
    """``DEFAULT_CLEAN_MINUTES`` for a key ``CLEAN_MINUTES`` lacks: a constant named for
    the table itself (``DEFAULT_``, ``UNKNOWN_`` or ``FALLBACK_`` + its name, or its name
    + ``_DEFAULT``, with a ``_BY_...``
    suffix of the table's name left off), of the kind of the table's values, whose comment
    says it is for the keys the table lacks ("room types not timed yet are planned at
    this") and refuses nothing, in a module whose docstring refuses nothing either."""
    constants = {name: (value, lineno) for name, value, lineno in _constants(tree)}
    literal = constants.get(table, (None, 0))[0]
    if not isinstance(literal, ast.Dict) or not literal.values \
            or refusal_in(ast.get_docstring(tree) or ""):
        return None  # "a class missing from the tariff is a camera fault": no default
    kinds = {type(v.value) for v in literal.values if isinstance(v, ast.Constant)}
    if len(kinds) != 1 or len(literal.values) != sum(
            isinstance(v, ast.Constant) for v in literal.values):
        return None
    # `CLEAN_MINUTES_BY_ROOM_TYPE` is the clean minutes, by room type.
    stem = re.sub(r"_(?:BY|PER|FOR)_[A-Z0-9_]+$", "", table)
    names = dict.fromkeys((f"DEFAULT_{table}", f"{table}_DEFAULT", f"DEFAULT_{stem}",
                           f"{stem}_DEFAULT", f"UNKNOWN_{table}", f"FALLBACK_{table}",
                           f"UNKNOWN_{stem}", f"FALLBACK_{stem}"))
    for name in names:
        value, lineno = constants.get(name, (None, 0))
        if value is None:
            continue
        if not (isinstance(value, ast.Constant) and type(value.value) in kinds):
            return None  # a default of another kind than the table gives
        comment = comments_above(source.splitlines(), lineno)
        if refusal_in(comment) or not _FOR_UNLISTED.search(comment):
            # The comment must say the value is for keys the table lacks ("room types not
            # timed yet"), not what it is elsewhere ("the rate for counter sales", "the
            # broker's connection timeout": review 22).
            return None
        said = f": \"{comment.splitlines()[0][:120]}\"" if comment else ""
        return Evidence(name, f"the module names `{name}` for the keys `{table}` lacks{said}")
    return None
