import json

from ci_digest.__main__ import main
from ci_digest.report import Digest, render, summarise

REPORT = {
    "pipeline": 4812,
    "branch": "main",
    "tests": [
        {"name": "tests/test_api.py::test_login", "outcome": "passed", "duration": 1.84},
        {"name": "tests/test_api.py::test_logout", "outcome": "passed", "duration": 0.31},
        {"name": "tests/test_sync.py::test_full_sync", "outcome": "failed", "duration": 6.02},
        {"name": "tests/test_sync.py::test_delta", "outcome": "passed", "duration": 2.5},
    ],
}


def test_summarise() -> None:
    digest = summarise(REPORT, top=2)
    assert digest == Digest(
        pipeline=4812,
        passed=3,
        failed=1,
        skipped=0,
        total_seconds=10.67,
        mean_seconds=2.67,
        slowest=[("tests/test_sync.py::test_full_sync", 6.02), ("tests/test_sync.py::test_delta", 2.5)],
    )


def test_render_without_tests() -> None:
    assert render(summarise({"pipeline": 7, "tests": []})) == (
        "Pipeline #7: 0 passed, 0 failed, 0 skipped\nTest time 0.0 s (mean 0.00 s per test that ran)"
    )


def test_main(tmp_path, capsys) -> None:
    path = tmp_path / "tests.json"
    path.write_text(json.dumps(REPORT), encoding="utf-8")
    assert main([str(path), "--top", "1"]) == 0
    assert capsys.readouterr().out == (
        "Pipeline #4812: 3 passed, 1 failed, 0 skipped\n"
        "Test time 10.7 s (mean 2.67 s per test that ran)\n"
        "Slowest: tests/test_sync.py::test_full_sync (6.0 s)\n"
    )
