"""A number read from the environment is text in production: the engine reproduces the
crash by configuring the setting, and converts the value where it is read."""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

from bugstack.domain import CrashSite, ErrorEvent, LocatedFrame
from bugstack.domain.event import Frame
from bugstack.repair.analyse import analyse
from bugstack.repair.candidates.setting_types import SettingTypes
from bugstack.repair.reproduce.settings_text import configured_variables
from tests.repair.apps import capture_event, make_repo, run_fix

RETRY = '''
    """Retry policy for background jobs, configurable per queue from the environment."""
    import os
    from dataclasses import dataclass


    @dataclass(frozen=True)
    class Policy:
        max_attempts: int
        backoff_seconds: float


    def policy_for(queue: str) -> Policy:
        """``JOBS_<QUEUE>_MAX_ATTEMPTS`` overrides the default (3)."""
        prefix = f"JOBS_{queue.upper()}_"
        return Policy(
            max_attempts=os.environ.get(prefix + "MAX_ATTEMPTS", 3),
            backoff_seconds=float(os.environ.get(prefix + "BACKOFF", 2.0)),
        )


    def should_retry(queue: str, attempt: int) -> bool:
        return not attempt >= policy_for(queue).max_attempts
'''

TESTS = '''
    from jobs.retry import should_retry


    def test_default_policy():
        assert should_retry("emails", 1)
        assert not should_retry("emails", 3)
'''


def _site(source: str, needle: str, message: str, path: str = "jobs/retry.py") -> CrashSite:
    source = textwrap.dedent(source).lstrip("\n")
    lineno = next(i for i, line in enumerate(source.splitlines(), 1) if needle in line)
    function = next(n.name for n in ast.walk(ast.parse(source))
                    if isinstance(n, ast.FunctionDef)
                    and n.lineno <= lineno <= (n.end_lineno or 0))
    raw = {"abs_path": f"/srv/app/{path}", "function": function, "lineno": lineno,
           "in_app": True}
    event = ErrorEvent.from_dict({"exception": {"values": [
        {"type": "TypeError", "value": message, "stacktrace": {"frames": [raw]}}]}})
    assert event.primary is not None
    frame = LocatedFrame(frame=Frame.from_dict(raw), path=path, source=source, lineno=lineno)
    return CrashSite(event=event, exception=event.primary, frames=(frame,))


def _propose(site: CrashSite) -> list[tuple[str, str | None]]:
    analysis = analyse(site, None)
    return [(c.edits[site.frames[0].path], c.contract)
            for c in SettingTypes().propose(site, analysis)]


COMPARED = "'>=' not supported between instances of 'int' and 'str'"


def test_the_read_is_converted_with_its_fallbacks_type() -> None:
    [(after, contract)] = _propose(_site(RETRY, "attempt >=", COMPARED))
    before = textwrap.dedent(RETRY).lstrip("\n")
    assert after == before.replace('max_attempts=os.environ.get(prefix + "MAX_ATTEMPTS", 3)',
                                   'max_attempts=int(os.environ.get(prefix + "MAX_ATTEMPTS", 3))')
    assert contract is not None and "`Policy.max_attempts` is annotated `int`" in contract


def test_reads_the_crash_does_not_use_are_left_alone() -> None:
    source = RETRY + '''

    def page_size() -> int:
        return os.getenv("PAGE_SIZE", 50)


    def delay(queue: str, attempt: int) -> float:
        return policy_for(queue).backoff_seconds * attempt
    '''
    proposals = _propose(_site(source, "attempt >=", COMPARED))
    assert len(proposals) == 1
    after = proposals[0][0]
    assert 'return os.getenv("PAGE_SIZE", 50)' in after  # not on the crash's path
    assert 'float(os.environ.get(prefix + "BACKOFF", 2.0))' in after  # already converted


def test_no_annotation_and_no_converted_sibling_is_unbacked() -> None:
    source = '''
    import os


    def limit() -> bool:
        retries = os.environ.get("RETRIES", 3)
        return retries > 2
    '''
    [(after, contract)] = _propose(_site(source, "retries > 2",
                                         "'>' not supported between instances of 'str' and "
                                         "'int'", path="limits.py"))
    assert 'retries = int(os.environ.get("RETRIES", 3))' in after
    assert contract is None


def test_other_type_errors_get_nothing() -> None:
    assert _propose(_site(RETRY, "attempt >=", "'>=' not supported between instances of "
                                               "'int' and 'NoneType'")) == []


def test_the_probe_reports_the_variables_it_answered() -> None:
    output = ("noise\n@@bugstack-setting@@ ('JOBS_A_MAX', '3')\n"
              "@@bugstack-setting@@ ('JOBS_A_BACKOFF', '2.0')\n@@bugstack-setting@@ oops\n")
    assert configured_variables(output) == {"JOBS_A_MAX": "3", "JOBS_A_BACKOFF": "2.0"}


def test_a_crash_that_needs_the_setting_is_reproduced_and_fixed(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", {"jobs/__init__.py": "", "jobs/retry.py": RETRY,
                                         "tests/test_retry.py": TESTS})
    event = capture_event(repo, tmp_path / "srv" / "app", '''
        import os
        os.environ["JOBS_WEBHOOKS_MAX_ATTEMPTS"] = "5"
        from jobs.retry import should_retry
        should_retry("webhooks", 2)
    ''')
    code, data, stderr = run_fix(repo, event, tmp_path)
    assert code == 0, stderr
    assert data is not None and data["status"] == "fixed"
    assert data["checks"]["reproduced"] is True
    assert '+        max_attempts=int(os.environ.get(prefix + "MAX_ATTEMPTS", 3)),' in \
        data["patch"]
    assert data["explanation"].endswith("`Policy.max_attempts` is annotated `int`; the "
                                        "environment holds text.")
    test = data["regression_test"]["content"]
    # The regression test configures the setting as production had it: as text.
    assert "monkeypatch.setenv('JOBS_WEBHOOKS_MAX_ATTEMPTS', '3')" in test
    assert "assert result is True" in test


def test_a_setting_written_otherwise_than_a_plain_number_is_unbacked() -> None:
    # The annotation says int, but the app's words say how the text is written: as a
    # percentage, with a unit, or as a share between 0 and 1; or a reader of its own
    # converts the other settings.
    for said in ["``JOBS_<QUEUE>_MAX_ATTEMPTS`` is a whole number: 15 means 15 %.",
                 "``JOBS_<QUEUE>_MAX_ATTEMPTS`` is written with a unit: 3x.",
                 "``JOBS_<QUEUE>_MAX_ATTEMPTS`` from 0 to 1: 0.5 retries half."]:
        source = RETRY.replace("``JOBS_<QUEUE>_MAX_ATTEMPTS`` overrides the default (3).", said)
        [(_after, contract)] = _propose(_site(source, "attempt >=", COMPARED))
        assert contract is None, said
    own_reader = RETRY.replace('float(os.environ.get(prefix + "BACKOFF", 2.0))',
                               'parse_delay(os.environ.get(prefix + "BACKOFF", "2s"))')
    [(_after, contract)] = _propose(_site(own_reader, "attempt >=", COMPARED))
    assert contract is None
