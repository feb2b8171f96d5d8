"""Reproduce errors that only happen once a setting is configured: settings are text.

Code often reads a number from the environment with a number as the fallback,
``os.environ.get("JOBS_MAX_ATTEMPTS", 3)``. Tests and the captured call run without the
variable, get the int, and pass; production has it set, gets the *string* ``"5"``, and
fails with a TypeError far from the read (``'>=' not supported between 'int' and
'str'``). The event does not carry the process environment, so the plain call does not
raise.

A second try makes every such read behave as if the variable were set, to the text of
its fallback, and reports which variables were read that way. The reproduction then sets
exactly those variables (to that text) and must raise the captured error on its own,
without the shim: the regression test sets them the same way, so the fix is proved
against production's kind of value, not against the shim.
"""

from __future__ import annotations

import ast
import dataclasses
import re

from bugstack.domain import CrashSite
from bugstack.repair.reproduce.model import Scenario

__all__ = ["applies", "configured_variables", "with_settings_as_text"]

_MARKER = "@@bugstack-setting@@"

# Inserted as a helper at the top of the scenario's action; it lasts for the probe's
# process only. ``os.getenv`` goes through ``os.environ.get``, so both are covered.
_SHIM = f'''\
def _bugstack_settings_as_text():
    import os, sys
    plain_get = os.environ.get
    def get(key, default=None):
        if (key not in os.environ and isinstance(default, (int, float))
                and not isinstance(default, bool)):
            sys.stderr.write("\\n{_MARKER} " + repr((key, str(default))) + "\\n")
            return str(default)
        return plain_get(key, default)
    os.environ.get = get
_bugstack_settings_as_text()'''

_REPORTED = re.compile(rf"^{re.escape(_MARKER)} (\(.*\))$", re.MULTILINE)
_TEXT_OPERAND = re.compile(r"'str'|\bstr\b")


def applies(site: CrashSite) -> bool:
    """A TypeError where text met something else: what a string setting causes."""
    return (site.exception.type.rsplit(".", 1)[-1] == "TypeError"
            and bool(_TEXT_OPERAND.search(site.exception.value or "")))


def with_settings_as_text(scenario: Scenario) -> Scenario:
    """The scenario, with numeric fallbacks of unset variables read as text."""
    return dataclasses.replace(scenario, helpers={*scenario.helpers, _SHIM},
                               imports=set(scenario.imports), action=list(scenario.action),
                               environment=dict(scenario.environment),
                               observed=list(scenario.observed))


def configured_variables(output: str) -> dict[str, str]:
    """The variables the shim answered, each with the text it answered, from the output."""
    found: dict[str, str] = {}
    for match in _REPORTED.finditer(output):
        try:
            key, text = _parse_pair(match.group(1))
        except ValueError:
            continue
        found[key] = text
    return found


def _parse_pair(source: str) -> tuple[str, str]:
    value = ast.literal_eval(source)
    if (isinstance(value, tuple) and len(value) == 2
            and all(isinstance(part, str) for part in value)):
        return value[0], value[1]
    raise ValueError(source)
