"""Module-level state a scenario changes, and putting it back in the regression test.

A replayed request or a call may leave the app's module-level records changed (a budget
stored in a ``BUDGET`` dict, a post added to ``POSTS``). The app's other tests rely on
them as they were, so a regression test that leaves them changed makes a right fix look
as if it broke those tests. The probe notes the module-level dicts, lists and sets of the
app's own modules before the scenario and reports which of them it changed; the
regression test copies exactly those first and refills them afterwards, in place, so
every module holding a reference to one sees the old contents again.

The probe runs in a fresh process, so it sees those records as the app defines them (an
empty ``ORDERS``), and the answer the regression test asserts was computed from that;
in the app's suite, earlier tests may have filled them. So the probe also reports the
starting contents of every record whose repr reads back as the same value (a literal,
not too long), and the regression test refills those with exactly that before the action,
putting back whatever the suite had left in them afterwards. A record holding objects
with no literal repr (``[Order(...)]``) cannot be written into the test; it is copied
instead when pytest imports the test module, which is before any test runs (pytest
collects every module first), so the copy is the record as the app's import made it,
which is what the probe's fresh process started from.
"""

from __future__ import annotations

import textwrap

__all__ = ["PROBE_SOURCE", "RestoreCode", "restore_code"]

#: Part of the probe script (no format fields): ``_note_state()`` runs once the scenario's
#: imports are done, ``_changed_state()`` after the action, whatever it did, and once the
#: outcome is recorded (it refills what changed, as the regression test will);
#: ``_STATE_SEEN`` holds the starting contents the test can write down.
PROBE_SOURCE = '''
import ast as _ast
import copy as _copy
import re as _re

_STATE_BEFORE = {}
#: The starting contents the regression test can write down: repr that reads back equal.
_STATE_SEEN = {}
#: Non-empty records whose contents cannot be written down but can be copied.
_STATE_UNWRITTEN = []


def _app_containers():
    # The app's own modules (under the workspace, not installed packages), deepest name
    # first so that a record re-exported by a package is named after the module it is in.
    found = {}
    modules = sorted(sys.modules.items(), key=lambda item: (-item[0].count("."), item[0]))
    for module_name, module in modules:
        path = str(getattr(module, "__file__", None) or "")
        if not path.startswith(_root + os.sep) or "site-packages" in path:
            continue
        for attr, value in list(vars(module).items()):
            if isinstance(value, (dict, list, set)) and not attr.startswith("__"):
                found.setdefault(id(value), (module_name + "." + attr, value))
    return list(found.values())


_SEEN_LIMIT = 1000  # longer contents would drown the test they start


def _note_state():
    for key, value in _app_containers():
        try:
            _STATE_BEFORE[key] = (value, repr(value), _copy.deepcopy(value))
        except Exception:
            continue  # a record the test could not copy is not one it can put back
        text = _STATE_BEFORE[key][1]
        try:
            if (type(value) in (dict, list, set) and len(text) <= _SEEN_LIMIT
                    and _ast.literal_eval(text) == value):
                _STATE_SEEN[key] = text
        except Exception:
            pass  # objects, or too deep to read back: not something to write down
        # Settings are the framework's business: pytest-django points DATABASES at the
        # test database, and a copy from import time would point it back.
        module_name = key.rpartition(".")[0]
        if key not in _STATE_SEEN and value and type(value) in (dict, list, set) \
                and len(_STATE_UNWRITTEN) < 20 and not module_name.endswith("settings"):
            _STATE_UNWRITTEN.append(key)


def _without_addresses(text):
    return _re.sub("0x[0-9a-fA-F]+", "0x?", text)  # copies of objects live elsewhere


def _changed_state():
    # What changed, and only if refilling it the way the test will brings it back.
    changed = []
    for key, (value, text, saved) in _STATE_BEFORE.items():
        try:
            if repr(value) == text:
                continue
            value.clear()
            (value.extend if isinstance(value, list) else value.update)(saved)
            if _without_addresses(repr(value)) == _without_addresses(text):
                changed.append(key)
        except Exception:
            pass
    return sorted(changed)
'''


class RestoreCode:
    """What the regression test needs to start from the records the probe saw and to put
    them back afterwards."""

    def __init__(self, imports: set[str], containers: str, comment: str,
                 seen: list[tuple[str, str]] | None = None,
                 at_import: list[str] | None = None) -> None:
        self.imports = imports
        #: A tuple display of the containers, e.g. ``(expenses.web.BUDGET,)``.
        self.containers = containers
        self.comment = comment
        #: (reference, literal) of the records the test starts from as the probe saw them.
        self.seen = seen or []
        #: References of the records the test copies when it is imported.
        self.at_import = at_import or []

    def _comment(self, indent: str) -> str:
        return "\n".join(indent + "# " + line for line in textwrap.wrap(self.comment, 80))

    def _as_probed(self) -> str:
        if not self.seen:
            return ""
        pairs = "".join(f"    ({reference}, {literal}),\n" for reference, literal in self.seen)
        return ("#: The app's module-level records as the probe saw them when it reproduced\n"
                "#: the crash: the answer asserted below was computed from these.\n"
                f"_AS_PROBED: list[tuple[Any, Any]] = [\n{pairs}]\n\n\n")

    def _at_import(self) -> str:
        if not self.at_import:
            return ""
        pairs = "".join(f"    ({reference}, copy.deepcopy({reference})),\n"
                        for reference in self.at_import)
        return ("#: Copied when pytest imports this module, before any test runs: the records\n"
                "#: as the app's import made them, which the probe started from.\n"
                f"_AT_IMPORT: list[tuple[Any, Any]] = [\n{pairs}]\n\n\n")

    def _start_as_probed(self, indent: str) -> list[str]:
        lines = []
        if self.seen:
            lines += [f"{indent}for box, contents in _AS_PROBED:",
                      f"{indent}    _refill(box, copy.deepcopy(contents))"]
        if self.at_import:
            lines += [f"{indent}for box, contents in _AT_IMPORT:",
                      f"{indent}    _refill(box, copy.deepcopy(contents))"]
        return lines

    def helpers(self) -> str:
        """``_AS_PROBED`` and ``_refill``, which both styles use."""
        return (
            self._as_probed()
            + self._at_import()
            + "def _refill(box: Any, contents: Any) -> None:\n"
            "    box.clear()  # refilled in place: other modules may hold it by name\n"
            "    (box.extend if isinstance(box, list) else box.update)(contents)\n"
        )

    def pytest_fixture(self) -> str:
        return "\n".join([
            "@pytest.fixture(autouse=True)",
            "def _module_state_put_back() -> Iterator[None]:",
            self._comment("    "),
            f"    saved = [(box, copy.deepcopy(box)) for box in {self.containers}]",
            *self._start_as_probed("    "),
            "    yield",
            "    for box, contents in saved:",
            "        _refill(box, contents)",
        ]) + "\n"

    def unittest_setup(self) -> list[str]:
        return [
            "def setUp(self) -> None:",
            *self._comment("    ").splitlines(),
            f"    for box in {self.containers}:",
            "        self.addCleanup(_refill, box, copy.deepcopy(box))",
            *self._start_as_probed("    "),
        ]


def _bound_names(imports: set[str]) -> set[str]:
    """Names the test module's other imports bind to something that is not a package
    (``from shop import web`` binds ``web``; ``import shop.web`` binds the package)."""
    names: set[str] = set()
    for line in imports:
        if line.startswith("from ") and " import " in line:
            for part in line.split(" import ", 1)[1].split(","):
                names.add(part.split(" as ")[-1].strip())
        elif line.startswith("import "):
            for part in line.removeprefix("import ").split(","):
                if " as " in part:
                    names.add(part.split(" as ")[-1].strip())
    return names


def _reference(key: str, taken: set[str], needed: set[str]) -> str | None:
    """How the test names ``key`` (``module.NAME``), adding the import that needs."""
    module, _, attr = key.rpartition(".")
    if not module or not attr.isidentifier():
        return None
    top = module.split(".")[0]
    if top in taken:
        alias = "_" + module.replace(".", "_")  # the plain name means something else here
        needed.add(f"import {module} as {alias}")
        return f"{alias}.{attr}"
    needed.add(f"import {module}")
    return f"{module}.{attr}"


def restore_code(changed: list[str] | tuple[str, ...], imports: set[str],
                 seen: dict[str, str] | None = None,
                 unwritten: list[str] | tuple[str, ...] = ()) -> RestoreCode | None:
    """The code that starts the test from ``seen`` (``module.NAME`` to the literal the
    probe started from) and from ``unwritten`` as imported, and puts those and
    ``changed`` back afterwards, or None."""
    seen = seen or {}
    taken = _bound_names(imports)
    needed: set[str] = set()
    references: list[str] = []
    for key in sorted(set(changed) | set(seen) | set(unwritten)):
        reference = _reference(key, taken, needed)
        if reference is not None:
            references.append(reference)
    if not references:
        return None
    start = [(ref, seen[key]) for key in sorted(seen)
             if (ref := _reference(key, taken, needed)) is not None]
    at_import = [ref for key in sorted(unwritten)
                 if (ref := _reference(key, taken, needed)) is not None]
    containers = "(" + ", ".join(references) + ("," if len(references) == 1 else "") + ")"
    parts = []
    if start or at_import:
        parts.append("This test starts from the records the probe saw ("
                     + ", ".join(sorted({*seen, *unwritten}))
                     + "), whatever earlier tests left in them")
    if changed:
        parts.append("it changes " + ", ".join(changed))
    comment = "; ".join(parts) + ". The app's other tests rely on them: put back afterwards."
    return RestoreCode(needed, containers, comment[0].upper() + comment[1:], start, at_import)
