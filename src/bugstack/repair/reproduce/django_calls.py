"""A call into a Django project's code, made the way Django runs it.

Calling ``boxoffice.views.order_refunded(data=...)`` straight from a fresh interpreter
fails before it starts: importing a module that touches models raises
``ImproperlyConfigured`` until the settings are named and ``django.setup()`` has run, and
a query fails until the database is migrated. So in a Django project a call scenario
sets Django up first, exactly as the request scenario does, imports the app's own
modules only after that, and makes the call with the app's tables as migrated, inside a
transaction rolled back afterwards (see :data:`~.web.DJANGO_TABLES_AS_MIGRATED`). The
rows production had can then be put back before the call as before a request
(:mod:`.django_rows`).
"""

from __future__ import annotations

import dataclasses
import re

from bugstack.repair.reproduce.model import AppLocation, Scenario
from bugstack.repair.reproduce.web import DJANGO_IMPORTS, DJANGO_TABLES_AS_MIGRATED, django_setup
from bugstack.repair.workspace import Workspace

__all__ = ["in_django"]

_IMPORT = re.compile(r"^(?:from\s+(?P<from>[\w.]+)\s+import\s+(?P<names>.+)|import\s+"
                     r"(?P<module>[\w.]+))$")


def _own_packages(workspace: Workspace) -> set[str]:
    """Top-level names the repository's own code is imported by."""
    names: set[str] = set()
    for rel in workspace.files():
        if not rel.endswith(".py"):
            continue
        parts = rel.split("/")
        if parts[0] == "src" and len(parts) > 1:
            parts = parts[1:]
        names.add(parts[0].removesuffix(".py"))
    return names


def in_django(scenario: Scenario, app: AppLocation, workspace: Workspace) -> Scenario:
    """``scenario`` (a call) preceded by Django's setup, with the app's imports made after
    it; unchanged when a helper of the scenario names something those imports bind (a
    helper is defined before any setup can run)."""
    if scenario.kind != "call" or app.framework != "django":
        return scenario
    own = _own_packages(workspace)
    moved: list[str] = []
    bound: set[str] = set()
    for line in sorted(scenario.imports):
        found = _IMPORT.match(line.strip())
        if found is None:
            continue
        module = found["from"] or found["module"] or ""
        if module.split(".")[0] not in own:
            continue
        moved.append(line)
        if found["names"]:
            bound |= {n.split(" as ")[-1].strip() for n in found["names"].split(",")}
        else:
            bound.add(module.split(".")[0])
    helpers = "\n".join(scenario.helpers)
    if any(re.search(rf"\b{re.escape(name)}\b", helpers) for name in bound):
        return scenario
    return dataclasses.replace(
        scenario, framework="django",
        imports=(scenario.imports - set(moved)) | DJANGO_IMPORTS,
        helpers=scenario.helpers | {DJANGO_TABLES_AS_MIGRATED},
        action=[*django_setup(app), *moved, "with _tables_as_migrated():",
                *(f"    {line}" for line in scenario.action)])
