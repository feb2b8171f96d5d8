"""Module-level state a scenario changes, and putting it back in the regression test.

A replayed request or a call may leave the app's module-level records changed (a budget
stored in a ``BUDGET`` dict, a post added to ``POSTS``). The app's other tests rely on
them as they were, so a regression test that leaves them changed makes a right fix look
as if it broke those tests. The probe notes the module-level dicts, lists and sets of the
app's own modules before the scenario and reports which of them it changed; the
regression test copies exactly those first and refills them afterwards, in place, so
every module holding a reference to one sees the old contents again.
"""

from __future__ import annotations

import textwrap

__all__ = ["PROBE_SOURCE", "RestoreCode", "restore_code"]

#: Part of the probe script (no format fields): ``_note_state()`` runs once the scenario's
#: imports are done, ``_changed_state()`` after the action, whatever it did, and once the
#: outcome is recorded (it refills what changed, as the regression test will).
PROBE_SOURCE = '''
import copy as _copy
import re as _re

_STATE_BEFORE = {}


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


def _note_state():
    for key, value in _app_containers():
        try:
            _STATE_BEFORE[key] = (value, repr(value), _copy.deepcopy(value))
        except Exception:
            pass  # a record the test could not copy is not one it can put back


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
    """What the regression test needs to put the changed records back."""

    def __init__(self, imports: set[str], containers: str, comment: str) -> None:
        self.imports = imports
        #: A tuple display of the containers, e.g. ``(expenses.web.BUDGET,)``.
        self.containers = containers
        self.comment = comment

    def _comment(self, indent: str) -> str:
        return "\n".join(indent + "# " + line for line in textwrap.wrap(self.comment, 80))

    def pytest_fixture(self) -> str:
        return (
            "@pytest.fixture(autouse=True)\n"
            "def _module_state_put_back() -> Iterator[None]:\n"
            f"{self._comment('    ')}\n"
            f"    saved = [(box, copy.deepcopy(box)) for box in {self.containers}]\n"
            "    yield\n"
            "    for box, contents in saved:\n"
            "        box.clear()  # refilled in place: other modules may hold it by name\n"
            "        (box.extend if isinstance(box, list) else box.update)(contents)\n"
        )

    def unittest_helper(self) -> str:
        return (
            "def _refill(box: Any, contents: Any) -> None:\n"
            "    box.clear()  # refilled in place: other modules may hold it by name\n"
            "    (box.extend if isinstance(box, list) else box.update)(contents)\n"
        )

    def unittest_setup(self) -> list[str]:
        return [
            "def setUp(self) -> None:",
            *self._comment("    ").splitlines(),
            f"    for box in {self.containers}:",
            "        self.addCleanup(_refill, box, copy.deepcopy(box))",
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


def restore_code(changed: list[str] | tuple[str, ...], imports: set[str]) -> RestoreCode | None:
    """The code that puts ``changed`` (``module.NAME`` each) back, or None for nothing."""
    if not changed:
        return None
    taken = _bound_names(imports)
    needed: set[str] = set()
    references: list[str] = []
    for key in changed:
        module, _, attr = key.rpartition(".")
        if not module or not attr.isidentifier():
            continue
        top = module.split(".")[0]
        if top in taken:
            alias = "_" + module.replace(".", "_")  # the plain name means something else here
            needed.add(f"import {module} as {alias}")
            references.append(f"{alias}.{attr}")
        else:
            needed.add(f"import {module}")
            references.append(f"{module}.{attr}")
    if not references:
        return None
    containers = "(" + ", ".join(references) + ("," if len(references) == 1 else "") + ")"
    names = ", ".join(changed)
    comment = (f"This test changes {names}, which the app's other tests rely on: "
               "put back as it was afterwards.")
    return RestoreCode(needed, containers, comment)
