"""What the app declares about a field that is None by design: the one class that
declares it, the one case its comment gives None, and the module constants the crashed
module can reach. The pieces ``declared_none_values`` reads its backing from.

A field's comment counts only when it gives None exactly one case, without refusing it:
"None for the standard plan (schedule.DEFAULT_INTERVAL_WEEKS)" does; "None for the
standard plan ... None as well once the subscription is cancelled" gives two cases, and
"None while the plan is paused: such a plan raises" refuses (the fourteenth adversarial
review beat a pooled reading of every declaration of the name 13 times in 13 traps).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from bugstack.repair.analyse import Analysis
from bugstack.repair.contract_items import comments_above, sentences

__all__ = [
    "CONSTANT",
    "REFUSAL",
    "SECOND_ANSWER",
    "Declaration",
    "case_words",
    "constant_value",
    "declaration_of",
    "docstrings_around",
    "fits",
    "names_for_none",
    "negated_before",
    "reachable_constant",
    "shared",
    "stem_match",
    "words",
]

CONSTANT = re.compile(r"(?<![\w.])((?:[a-z_][a-z0-9_]*\.)?(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+"
                      r"|[A-Z]{4,}))(?![\w(])")
_NONE_CASE = re.compile(r"\b(?:None|null)\b")
# "Raised" as a verb ("is raised", "raised when"), not the adjective of "a raised bed".
REFUSAL = re.compile(r"\b(?:rais(?:e|es|ing)|(?:is|are|be|been|was|were|gets?|got|has|have|had)"
                     r"\s+raised|raised\s+`*(?-i:[A-Z])\w+"
                     r"|raised\s+(?:as|an?|if|when|by|for|on|instead)|errors?|refus\w+|reject\w*"
                     r"|skip\w*|left out|leaves? out|omit\w*|exclud\w*|dropp\w+|hidden|hides?"
                     r"|invalid|must not)\b", re.I)
# Several cases in one clause: "None for streams, which have no end, and for podcasts".
_SEVERAL_CASES = re.compile(r"\b(?:and|or)\s+(?:for|when|while|until|once|if)\b|\bas well\b",
                            re.I)
_NEGATION = re.compile(r"\b(?:not|never|no longer)\b|n't\b", re.I)
# A second answer for the case in the same sentence, or a contrast with another one.
SECOND_ANSWER = re.compile(r"\b(?:empty|blank|null|None|nothing|dash|while|whereas|unlike|"
                            r"but|except)\b", re.I)


#: Words too common to tie a sentence to a field's None case.
_COMMON = frozenset({
    "none", "null", "which", "have", "that", "this", "with", "when", "there", "their",
    "what", "from", "does", "each", "every", "they", "them", "than", "then", "into", "only",
    "also", "other", "some", "been", "were", "will", "would", "could", "should", "about",
    "after", "before", "value", "values", "field"})


def words(text: str, drop: set[str]) -> set[str]:
    found = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", text)}
    return {w for w in found if w not in _COMMON and w not in drop}


def shared(first: set[str], second: set[str]) -> int:
    """Words of one set found in the other, allowing plurals and endings (stream,
    streams)."""
    return sum(1 for word in first if any(
        word == other or (min(len(word), len(other)) >= 5 and word[:5] == other[:5])
        for other in second))


def stem_match(first: str, second: str) -> bool:
    """"potted" and "potting", "watered" and "watering": the same first four letters and
    lengths within two."""
    return first[:4] == second[:4] and abs(len(first) - len(second)) <= 2


@dataclass(frozen=True, slots=True)
class Declaration:
    owner: ast.ClassDef
    #: The annotation of each field of the owner, as written.
    fields: dict[str, str]
    #: The comment's one clause giving the field its None case.
    clause: str
    #: Whether the owner is the only class of the app declaring a field of that name.
    only_one: bool
    #: The repository file the owner is declared in.
    path: str = ""


def declaration_of(analysis: Analysis, attr: str, shown: str) -> Declaration | None:
    """The declaration of ``attr`` on the object's class (named by its captured repr,
    ``Track(title=...)``, or the only class declaring it), when its comment gives None one
    case and does not refuse it."""
    owners = [(rel, text, node) for rel, text, tree in analysis.parsed_files(attr)
              for node in ast.walk(tree) if isinstance(node, ast.ClassDef)
              and any(_declares(item, attr) for item in node.body)]
    named = re.match(r"\s*<?(\w+)[(\s]", shown)
    if named is not None and any(node.name == named.group(1) for _, _, node in owners):
        chosen = [(r, t, n) for r, t, n in owners if n.name == named.group(1)]
    else:
        chosen = owners
    if len(chosen) != 1:
        return None  # several classes declare the name: which one is not known
    rel, text, owner = chosen[0]
    item = next(i for i in owner.body if _declares(i, attr))
    declared = _annotation(item)
    if "None" not in declared and not declared.startswith(("Optional[", "typing.Optional[")):
        return None
    comment = comments_above(text.splitlines(), item.lineno)
    if isinstance(item, ast.Assign):
        comment = _model_field_words(item, comment)
    clauses = [c for c in sentences(comment) if _NONE_CASE.search(c)]
    if len(clauses) != 1 or len(_NONE_CASE.findall(clauses[0])) != 1 \
            or _SEVERAL_CASES.search(clauses[0]) or REFUSAL.search(comment):
        return None
    fields = {name: _annotation(i) for i in owner.body for name in _declared_names(i)}
    return Declaration(owner, fields, clauses[0], only_one=len(owners) == 1, path=rel)


#: What a Django model field holds in Python, to read it as an annotation.
_MODEL_FIELDS = {"IntegerField": "int", "PositiveIntegerField": "int", "SmallIntegerField": "int",
                 "PositiveSmallIntegerField": "int", "BigIntegerField": "int",
                 "PositiveBigIntegerField": "int", "FloatField": "float",
                 "DecimalField": "Decimal", "CharField": "str", "TextField": "str",
                 "SlugField": "str", "EmailField": "str", "URLField": "str",
                 "DateField": "date", "DateTimeField": "datetime", "TimeField": "time",
                 "DurationField": "timedelta", "BooleanField": "bool"}


def _model_field(item: ast.stmt) -> tuple[str, bool] | None:
    """(the Python type, null=True) of ``name = models.XField(...)`` in a class body."""
    if not (isinstance(item, ast.Assign) and len(item.targets) == 1
            and isinstance(item.targets[0], ast.Name) and isinstance(item.value, ast.Call)):
        return None
    kind = _MODEL_FIELDS.get(ast.unparse(item.value.func).rsplit(".", 1)[-1])
    if kind is None:
        return None
    null = any(k.arg == "null" and isinstance(k.value, ast.Constant) and k.value.value is True
               for k in item.value.keywords)
    return kind, null


def _declared_names(item: ast.stmt) -> list[str]:
    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
        return [item.target.id]
    if _model_field(item) is not None:
        assert isinstance(item, ast.Assign) and isinstance(item.targets[0], ast.Name)
        return [item.targets[0].id]
    return []


def _annotation(item: ast.stmt) -> str:
    if isinstance(item, ast.AnnAssign):
        return ast.unparse(item.annotation)
    field = _model_field(item)
    return "" if field is None else f"{field[0]} | None" if field[1] else field[0]


def _model_field_words(item: ast.Assign, comment: str) -> str:
    """A Django field's comment and ``help_text``. For a field stored NULL that holds no
    text, "blank" is how a form leaves it, and the value is then None: "Blank: the
    studio's default" is the field's None case."""
    assert isinstance(item.value, ast.Call)
    helps = [k.value for k in item.value.keywords if k.arg == "help_text"]
    words = " ".join(part for part in [comment, *(
        ast.literal_eval(h) for h in helps if isinstance(h, ast.Constant)
        and isinstance(h.value, str))] if part)
    field = _model_field(item)
    if field is not None and field[1] and field[0] != "str":
        words = re.sub(r"\b[Bb]lank\b", "None", words)
    return words


def _declares(item: ast.stmt, attr: str) -> bool:
    return attr in _declared_names(item)


def names_for_none(clause: str) -> set[str]:
    """The constants a None clause gives the case ("None for the standard plan
    (schedule.DEFAULT_INTERVAL_WEEKS)"); none where the clause negates ("never checked
    against MAX_TRACK_SECONDS")."""
    if _NEGATION.search(clause):
        return set()
    return {m.group(1) for m in CONSTANT.finditer(clause)}


def negated_before(sentence: str, constant: str) -> bool:
    """"streams are not given UNKNOWN_LENGTH": a negation within three words before it."""
    name = constant.rsplit(".", 1)[-1]
    return re.search(rf"(?:\b(?:not|never)|n't)\s+(?:\S+\s+){{0,2}}`*(?:\w+\.)?{name}\b",
                     sentence, re.I) is not None


def _module_tree(analysis: Analysis, module: str) -> ast.Module | None:
    """The tree of the app's module whose file is called ``module``.py, when one is."""
    found = [tree for rel, _, tree in analysis.parsed_files("")
             if PurePosixPath(rel).stem == module]
    return found[0] if len(found) == 1 else None


def constant_value(tree: ast.Module, name: str) -> ast.expr | None:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return node.value
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                and node.target.id == name and node.value is not None:
            return node.value
    return None


def reachable_constant(analysis: Analysis, written: str) -> tuple[str, ast.expr] | None:
    """How the crashed module writes the constant ``written`` (``DEFAULT_WEEKS`` or
    ``schedule.DEFAULT_WEEKS``), and its value; None when the module cannot reach it."""
    crash, tree = analysis.crash, analysis.tree
    assert crash is not None and tree is not None
    module, _, name = written.rpartition(".")
    own = PurePosixPath(crash.path).stem
    if not module or module == own:
        value = constant_value(tree, name)
        if value is not None:
            return name, value
        if not module and any(isinstance(n, ast.ImportFrom) and any(
                (a.asname or a.name) == name for a in n.names) for n in tree.body):
            origin = next(n for n in tree.body if isinstance(n, ast.ImportFrom) and any(
                (a.asname or a.name) == name for a in n.names))
            other = _module_tree(analysis, (origin.module or "").rsplit(".", 1)[-1])
            value = constant_value(other, name) if other is not None else None
            return (name, value) if value is not None else None
        return None
    other = _module_tree(analysis, module) if _imports(tree, module) else None
    if other is None and module == "settings" and _uses_django(tree):
        other = _module_tree(analysis, "settings")  # reached through django.conf
    value = constant_value(other, name) if other is not None else None
    return (f"{module}.{name}", value) if value is not None else None


def _uses_django(tree: ast.Module) -> bool:
    return any(isinstance(n, ast.ImportFrom) and (n.module or "").split(".")[0] == "django"
               for n in tree.body)


def _imports(tree: ast.Module, module: str) -> bool:
    """Whether the module binds the name ``module`` to a module (``import a.module``,
    ``from a import module``)."""
    for node in tree.body:
        if isinstance(node, ast.Import) and any(
                (a.asname or a.name).rsplit(".", 1)[-1] == module for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and any(
                (a.asname or a.name) == module for a in node.names):
            return True
    return False


def fits(value: ast.expr, annotation: str) -> bool:
    """Whether a constant's value can stand for a field of ``annotation``: a flag is no
    number of weeks, a text no number."""
    if not isinstance(value, ast.Constant):
        return True  # a computed value (``timedelta(days=1)``): verification tells
    kinds = {part.strip() for part in annotation.split("|")} - {"None"}
    if isinstance(value.value, bool):
        return kinds == {"bool"}
    expected = {"int": (int,), "float": (int, float), "str": (str,)}
    wanted = [expected[k] for k in kinds if k in expected]
    return not wanted or any(isinstance(value.value, t) for t in wanted)


def docstrings_around(analysis: Analysis) -> list[str]:
    """The crashed function's, its class's and its module's docstrings."""
    assert analysis.tree is not None
    owner = next((node for node in ast.walk(analysis.tree) if isinstance(node, ast.ClassDef)
                  and any(item is analysis.function for item in node.body)), None)
    return [text for text in (
        ast.get_docstring(analysis.function) if analysis.function else None,
        ast.get_docstring(owner) if owner is not None else None,
        ast.get_docstring(analysis.tree)) if text]


def case_words(read: ast.Attribute, declared: Declaration) -> tuple[set[str], set[str]]:
    """(words of the field's None case, words of the object read: left out of matching,
    since every sentence about ``track`` says "track")."""
    drop = {w.lower() for w in re.findall(r"[A-Za-z]+", ast.unparse(read.value))}
    return words(declared.clause, drop), drop
