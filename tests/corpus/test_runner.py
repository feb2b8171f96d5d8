"""The corpus runner's judgement, against stand-in engines.

The real `bugstack fix` is exercised by running the benchmark itself; here small scripts
that speak its command-line contract (arguments in, one JSON object out, exit 0/1/2) make
each verdict happen on purpose, so a runner that calls a wrong fix "fixed", or a missing
engine anything but unavailable, fails these tests.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.conftest import fix_corpus

CASE_ID = "library_shipping_name_typo"  # stdlib only: the quickest case to set up

_STAND_IN = '''
import json, os, subprocess, sys
from pathlib import Path

args = sys.argv[1:]
repo = Path(args[args.index("--repo") + 1])
event = json.loads(Path(args[args.index("--event") + 1]).read_text())
assert "--json" in args and "--test-command" in args
head = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True)
if event.get("release") != head.stdout.strip():
    print("event names another release", file=sys.stderr); sys.exit(2)
if list(repo.rglob("*hidden*")):
    print("the hidden check leaked into the repository", file=sys.stderr); sys.exit(2)
mode = os.environ["STAND_IN_MODE"]
if mode == "garbage":
    print("Traceback (most recent call last): boom"); sys.exit(1)
if mode == "decline":
    print(json.dumps({"status": "not_fixed", "patch": "", "candidates_tried": 3})); sys.exit(1)
if mode == "reference":
    patch = Path(os.environ["STAND_IN_PATCH"]).read_text()
else:  # claims a fix that changes nothing that matters
    patch = (
        "--- a/shipping/rates.py\\n+++ b/shipping/rates.py\\n@@ -1,2 +1,3 @@\\n"
        ' """Shipping cost in cents for a parcel."""\\n+# reviewed\\n \\n'
    )
test = {"path": "tests/test_regression_shipping.py",
        "content": "from shipping.rates import shipping_cents\\n\\n\\n"
                   "def test_international():\\n    assert shipping_cents(2.6, 'AT') == 2115\\n"}
if mode == "harmless":  # no regression test: only the hidden check can catch it
    test = None
print("progress noise on stdout")
print(json.dumps({"status": "fixed", "patch": patch, "regression_test": test,
                  "explanation": "typo", "strategy": "stand-in", "checks": {},
                  "candidates_tried": 1, "seconds": 0.1}))
'''


@pytest.fixture(scope="module")
def case() -> Any:
    return fix_corpus.load_cases(only=[CASE_ID])[0]


@pytest.fixture
def stand_in(tmp_path: Path) -> list[str]:
    script = tmp_path / "stand_in_engine.py"
    script.write_text(_STAND_IN, encoding="utf-8")
    return [sys.executable, str(script)]


def _judge(case: Any, engine: list[str], monkeypatch: pytest.MonkeyPatch, mode: str) -> Any:
    monkeypatch.setenv("STAND_IN_MODE", mode)
    monkeypatch.setenv("STAND_IN_PATCH", str(case.reference_patch))
    return fix_corpus.run_case(case, engine, available=True, timeout=120)


def test_a_verified_correct_fix_is_fixed(
    case: Any, stand_in: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _judge(case, stand_in, monkeypatch, "reference")
    assert result.outcome is fix_corpus.Outcome.FIXED, result.detail
    assert result.engine_status == "fixed"
    assert result.strategy == "stand-in"
    assert result.suite_seconds is not None and result.engine_seconds is not None
    assert "passed" in (result.hidden_check_output or "")


def test_a_claimed_fix_failing_the_hidden_check_is_wrong(
    case: Any, stand_in: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _judge(case, stand_in, monkeypatch, "harmless")
    assert result.outcome is fix_corpus.Outcome.WRONG_FIX
    assert result.detail == "the hidden check fails with the patch"


def test_no_claim_is_declined(
    case: Any, stand_in: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _judge(case, stand_in, monkeypatch, "decline")
    assert result.outcome is fix_corpus.Outcome.DECLINED
    assert result.engine_exit == 1
    assert result.candidates_tried == 3


def test_unreadable_output_is_an_engine_error(
    case: Any, stand_in: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    result = _judge(case, stand_in, monkeypatch, "garbage")
    assert result.outcome is fix_corpus.Outcome.ENGINE_ERROR
    assert "no JSON" in result.detail


def test_missing_engine_reports_every_case_unavailable(tmp_path: Path) -> None:
    engine = str(tmp_path / "no-such-bugstack")
    code = fix_corpus.main(
        ["--case", CASE_ID, "--engine", engine, "--results-dir", str(tmp_path / "results")]
    )
    assert code == 0
    (written,) = (tmp_path / "results").glob("fix_corpus-*.json")
    document = json.loads(written.read_text(encoding="utf-8"))
    assert [r["outcome"] for r in document["results"]] == ["engine_unavailable"]
    assert document["summary"]["counts"]["fixed"] == 0
    assert document["bugstack_commit"] and document["cpus"]
    assert document["summary"]["aims"]["at_least_80_percent_fixed"] is False


def _result(outcome: Any, seconds: float | None, suite: float) -> Any:
    return fix_corpus.CaseResult(
        "c", "library", "KeyError", outcome, engine_seconds=seconds, suite_seconds=suite
    )


def test_summary_counts_and_budget() -> None:
    fixed, wrong, declined = (
        fix_corpus.Outcome.FIXED,
        fix_corpus.Outcome.WRONG_FIX,
        fix_corpus.Outcome.DECLINED,
    )
    results = [
        _result(fixed, 4.0, 1.0),  # budget 7
        _result(fixed, 20.0, 2.0),  # budget 9
        _result(fixed, 6.0, 0.5),  # budget 6
        _result(wrong, 3.0, 1.0),
        _result(declined, 9.0, 1.0),
    ]
    summary = fix_corpus.summarise(results)
    assert summary["fixed_percent"] == 60.0
    assert summary["wrong_fixes"] == 1
    assert summary["median_seconds_to_fix"] == 6.0
    assert summary["median_budget_seconds"] == 7.0
    assert summary["fixes_within_budget"] == 2
    assert summary["aims"] == {
        "at_least_80_percent_fixed": False,
        "no_wrong_fix": False,
        "median_within_budget": True,
    }
    table = fix_corpus.render_table(results, summary)
    assert "fixed 3/5 (60.0%), wrong fixes 1" in table


def test_events_can_go_through_a_running_bugstack_server(
    case: Any, bugstack_server: Any, tmp_path: Path
) -> None:
    """Production's path end to end: sentry-sdk -> bugstack ingest -> the stored event."""
    project = bugstack_server.new_project("corpus-through-server")
    server = fix_corpus.Server(project.dsn, bugstack_server.data_dir)
    repo = tmp_path / "repo"
    release = fix_corpus.prepare_repository(case, repo)
    deployed = fix_corpus.deploy(case, tmp_path / "srv" / case.id)
    capture = fix_corpus.capture_event(case, deployed, release, tmp_path / "capture", server)
    assert capture.raised is not None and capture.raised["type"] == "NameError"
    stored = capture.event
    assert stored is not None, capture.stderr[-800:]
    assert stored["release"] == release
    (exception,) = stored["exception"]["values"]
    assert exception["type"] == "NameError"
    crash = exception["stacktrace"]["frames"][-1]
    assert crash["abs_path"] == str(deployed / "shipping" / "rates.py")
    assert "kilso" in crash["context_line"]


def test_only_loopback_servers_are_accepted() -> None:
    with pytest.raises(ValueError, match="loopback"):
        fix_corpus.Server("http://key@example.com:9000/1")
    assert fix_corpus.Server("http://key@127.0.0.1:9000/1").data_dir is None
