"""Database rows production had, put back from the model instances the event captured.

A replayed Django request usually misses the crash: the poll, the animal or the festival
it acts on is a row of production's database, and the test database is empty, so the view
answers 404. sentry-sdk captures model instances by their repr, ``<Question: Question
object (1)>`` or ``<Animal: Pepper>`` (Django's ``<Class: str(self)>``), and querysets as
a list of those. That is enough to put the same rows back, before the request is sent:

* the model is the class of the repository's models the repr names;
* the primary key is the number of a default ``str()`` (``Question object (1)``), or the
  value of a view parameter naming it (``question_id=1``, ``pk=1``);
* a view parameter named after a field of the model (``slug='harbour-festival'``) is that
  field's value: it is how the URL found the row;
* where the model's ``__str__`` returns one of its fields (``return self.name``), the
  repr's text is that field's value; where it is an f-string of fields parted by fixed
  text (``f"{self.code} {self.name}"``), each field is read back from its place;
* every other field gets what a new row gets: its default, None where it may be null
  (a foster home not set, an unlimited capacity), a row of the related model for a
  required foreign key (one seeded for that model when there is one), else a plain
  placeholder of the field's type (``"name-1"``, ``1``, today).

Only the shape is guessed, never the answer: the scenario counts only when it raises the
captured exception in the captured function, and it is tried after the plain request.
The rows are created inside the transaction the request runs in, rolled back afterwards.
A scenario standing on such rows is marked ``made_up``: the placeholders say nothing of
what production's rows held (a branch set, a flag on), so a fix backed by an annotation
or a guide alone, which placeholders can make pass where the right one fails, is not
enough there (the twelfth adversarial review: 8 wrong fixes in 14 traps before that).
"""

from __future__ import annotations

import ast
import dataclasses
import re
from dataclasses import dataclass, field

from bugstack.domain import CrashSite, LocatedFrame
from bugstack.repair.reproduce.calls import function_def
from bugstack.repair.reproduce.model import Scenario
from bugstack.repair.workspace import Workspace

__all__ = ["RowSpec", "captured_rows", "rows_scenario"]

_INSTANCE = re.compile(r"<(?P<model>[A-Z]\w*): (?P<text>[^<>]*)>")
_DEFAULT_TEXT = re.compile(r"^(?P<model>\w+) object \((?P<pk>\d+)\)$")
_QUERYSET = re.compile(r"^<QuerySet \[(?P<items>.*)\]>$", re.S)
#: sentry-sdk trims long strings and marks the cut with an ellipsis: a repr text holding
#: one is not a whole field's value.
_TRIMMED = "..."

_SEED_HELPER = '''
def _seed_rows(specs):
    """Rows of the app's models as the event captured them; every other field as a new
    row gets it (its default, None where it may be null, a related row), else a plain
    placeholder of its type."""
    import datetime
    import decimal
    import uuid

    from django.apps import apps
    from django.utils import timezone

    models = {m.__name__: m for m in apps.get_models()}
    seeded = {}

    def placeholder(field, count):
        if field.has_default():
            return field.get_default()
        if field.null:
            return None
        if field.is_relation:
            related = field.related_model
            return seeded.get(related) or create(related, {})
        if field.choices:
            return field.flatchoices[0][0]
        kind = field.get_internal_type()
        if kind in ("CharField", "TextField", "SlugField"):
            text = "seed%d@example.com" % count if "email" in field.name else \\
                "%s-%d" % (field.name, count)
            return text[:field.max_length] if field.max_length else text
        if "Integer" in kind:
            return 1
        if kind == "FloatField":
            return 1.0
        if kind == "DecimalField":
            return decimal.Decimal(1)
        if kind == "BooleanField":
            return False
        if kind == "DateTimeField":
            return timezone.now()
        if kind == "DateField":
            return datetime.date.today()
        if kind == "TimeField":
            return datetime.time(12)
        if kind == "DurationField":
            return datetime.timedelta(0)
        if kind == "UUIDField":
            return uuid.uuid4()
        if kind == "JSONField":
            return {}
        if kind == "BinaryField":
            return b""
        return ""

    def create(model, values):
        given = dict(values)
        fields = {}
        for field in model._meta.concrete_fields:
            if field.primary_key and field.name not in given and "pk" not in given:
                continue
            if field.name in given:
                fields[field.name] = given.pop(field.name)
            elif field.primary_key:
                fields[field.name] = given.pop("pk")
            else:
                fields[field.name] = placeholder(field, len(seeded) + 1)
        row = model.objects.create(**fields)
        seeded.setdefault(model, row)
        return row

    # A model pointing at another seeded one comes after it, so it points at that row.
    pending = [(models[name], values) for name, values in specs if name in models]
    while pending:
        ready = [spec for spec in pending if not any(
            f.is_relation and f.related_model is other and f.related_model is not spec[0]
            for f in spec[0]._meta.concrete_fields for other, _ in pending)]
        spec = (ready or pending)[0]
        pending.remove(spec)
        create(*spec)
'''.strip("\n")


@dataclass(frozen=True, slots=True)
class RowSpec:
    """One row to create: the model's class name and the values the event gave."""

    model: str
    values: tuple[tuple[str, object], ...] = field(default_factory=tuple)

    def literal(self) -> str:
        return f"({self.model!r}, {dict(self.values)!r})"


@dataclass(frozen=True, slots=True)
class _ModelInfo:
    fields: frozenset[str]
    #: The field ``__str__`` returns, when it returns one field and nothing else.
    str_field: str | None
    #: What reads the fields back from ``__str__``'s text when it is an f-string of fields
    #: parted by fixed text (``f"{self.code} {self.name}"``).
    str_pattern: re.Pattern[str] | None = None


def _model_classes(workspace: Workspace) -> dict[str, _ModelInfo]:
    """The repository's Django models by class name, from the files that define them."""
    found: dict[str, _ModelInfo] = {}
    for rel in workspace.files():
        if not rel.endswith(".py") or ("models" not in rel.rsplit("/", 1)[-1]
                                        and "/models/" not in rel):
            continue
        try:
            tree = ast.parse(workspace.read(rel))
        except (SyntaxError, OSError, UnicodeDecodeError):
            continue
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and any(
                    ast.unparse(base).endswith("Model") for base in node.bases):
                found[node.name] = _model_info(node)
    return found


def _model_info(node: ast.ClassDef) -> _ModelInfo:
    fields = {t.id for item in node.body if isinstance(item, ast.Assign)
              and isinstance(item.value, ast.Call)
              and ast.unparse(item.value.func).rsplit(".", 1)[-1].endswith(("Field", "Key"))
              for t in item.targets if isinstance(t, ast.Name)}
    str_field = None
    for item in node.body:
        if isinstance(item, ast.FunctionDef) and item.name == "__str__":
            returns = [n for n in ast.walk(item) if isinstance(n, ast.Return)]
            value = returns[0].value if len(returns) == 1 else None
            if (isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name)
                    and value.value.id == "self" and value.attr in fields):
                str_field = value.attr
            elif isinstance(value, ast.JoinedStr):
                return _ModelInfo(frozenset(fields), None, _fields_pattern(value, fields))
    return _ModelInfo(frozenset(fields), str_field)


def _fields_pattern(text: ast.JoinedStr, fields: set[str]) -> re.Pattern[str] | None:
    """A pattern reading each field of ``f"{self.code} {self.name}"`` back from its text:
    the fields in order, each parted from the next by fixed text, so the split is the
    first place that text occurs (the last field takes the rest)."""
    parts: list[str] = []
    seen: set[str] = set()
    previous_was_field = False
    for index, value in enumerate(text.values):
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            parts.append(re.escape(value.value))
            previous_was_field = False
            continue
        if not (isinstance(value, ast.FormattedValue) and value.format_spec is None
                and value.conversion == -1 and isinstance(value.value, ast.Attribute)
                and isinstance(value.value.value, ast.Name) and value.value.value.id == "self"
                and value.value.attr in fields and value.value.attr not in seen
                and not previous_was_field):
            return None
        seen.add(value.value.attr)
        last = index == len(text.values) - 1
        parts.append(f"(?P<{value.value.attr}>.+{'' if last else '?'})")
        previous_was_field = True
    return re.compile("".join(parts), re.S) if seen else None


def _instances(raw: object) -> list[tuple[str, str]]:
    """(model, text) of each model instance a captured value's repr shows."""
    if not isinstance(raw, str):
        return []
    text = raw.strip()
    queryset = _QUERYSET.match(text)
    if queryset is not None:
        return [(m["model"], m["text"]) for m in _INSTANCE.finditer(queryset["items"])]
    whole = _INSTANCE.fullmatch(text)
    return [(whole["model"], whole["text"])] if whole else []


def _literal(raw: object) -> object:
    if not isinstance(raw, str):
        return None
    try:
        value = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, int | str) and not isinstance(value, bool) else None


def captured_rows(site: CrashSite, workspace: Workspace) -> list[RowSpec]:
    """The rows the crashing frames' captured model instances stand for, one per model
    and identity."""
    models = _model_classes(workspace)
    if not models:
        return []
    specs: dict[tuple[str, str], dict[str, object]] = {}
    for frame in site.frames:
        variables = frame.frame.vars or {}
        for raw in variables.values():
            for model, text in _instances(raw):
                info = models.get(model)
                if info is None or _TRIMMED in text:
                    continue
                values = specs.setdefault((model, text), {})
                default = _DEFAULT_TEXT.match(text)
                if default is not None and default["model"] == model:
                    values["pk"] = int(default["pk"])
                elif info.str_field is not None:
                    values[info.str_field] = text
                elif info.str_pattern is not None and (
                        read := info.str_pattern.fullmatch(text)) is not None:
                    values.update(read.groupdict())
    if not specs:
        return []
    # The view's parameters are the URL's: they name the row it looked up.
    view = _parameters(site.frames[0]) if site.frames else {}
    for (model, _), values in specs.items():
        if sum(1 for m, _ in specs if m == model) != 1:
            continue  # several rows of the model: the URL names one of them, not each
        info = models[model]
        for name, raw in view.items():
            value = _literal(raw)
            if value is None:
                continue
            if isinstance(value, int) and (
                    name in (f"{model.lower()}_id", f"{model.lower()}_pk")
                    or (name in ("pk", "id") and len(specs) == 1)):
                values.setdefault("pk", value)
            elif name in info.fields and name not in values:
                values[name] = value
    return [RowSpec(model, tuple(sorted(values.items()))) for (model, _), values in
            specs.items()]


def _parameters(frame: LocatedFrame) -> dict[str, object]:
    """The captured values of the frame's function's parameters."""
    function = function_def(frame)
    if function is None:
        return {}
    names = {a.arg for a in (*function.args.posonlyargs, *function.args.args,
                             *function.args.kwonlyargs)}
    return {k: v for k, v in (frame.frame.vars or {}).items() if k in names}


def rows_scenario(scenario: Scenario, rows: list[RowSpec]) -> Scenario | None:
    """The Django request ``scenario`` with ``rows`` created just before it is sent."""
    if scenario.framework != "django" or not rows or not scenario.action:
        return None
    last = scenario.action[-1]
    indent = last[:len(last) - len(last.lstrip())]
    specs = ", ".join(row.literal() for row in rows)
    models = ", ".join(sorted({row.model for row in rows}))
    lines = [f"# Rows production's database held, as the event captured them ({models}).",
             f"_seed_rows([{specs}])"]
    return dataclasses.replace(
        scenario, helpers=scenario.helpers | {_SEED_HELPER}, made_up=True,
        action=[*scenario.action[:-1], *(indent + line for line in lines), last],
        title=f"{scenario.title} with {models} rows seeded from the captured instances")
