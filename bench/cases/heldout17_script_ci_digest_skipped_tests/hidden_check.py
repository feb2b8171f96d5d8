import json

from ci_digest.__main__ import main
from ci_digest.report import Digest, summarise

REPORT = {
    "pipeline": 4815,
    "branch": "feature/offline-mode",
    "tests": [
        {"name": "tests/test_api.py::test_login", "outcome": "passed", "duration": 1.84},
        {"name": "tests/test_sync.py::test_s3_upload", "outcome": "skipped", "duration": None},
        {"name": "tests/test_sync.py::test_s3_download", "outcome": "skipped", "duration": None},
        {"name": "tests/test_sync.py::test_delta", "outcome": "passed", "duration": 2.5},
        {"name": "tests/test_api.py::test_logout", "outcome": "failed", "duration": 0.31},
    ],
}


def test_skipped_tests_are_left_out_of_the_timing() -> None:
    assert summarise(REPORT) == Digest(
        pipeline=4815,
        passed=2,
        failed=1,
        skipped=2,
        total_seconds=4.65,
        mean_seconds=1.55,
        slowest=[
            ("tests/test_sync.py::test_delta", 2.5),
            ("tests/test_api.py::test_login", 1.84),
            ("tests/test_api.py::test_logout", 0.31),
        ],
    )


def test_only_skipped_tests() -> None:
    digest = summarise({"pipeline": 9, "tests": [{"name": "t::a", "outcome": "skipped", "duration": None}]})
    assert (digest.skipped, digest.total_seconds, digest.mean_seconds, digest.slowest) == (1, 0.0, 0.0, [])


def test_pull_request_comment(tmp_path, capsys) -> None:
    path = tmp_path / "tests.json"
    path.write_text(json.dumps(REPORT), encoding="utf-8")
    assert main([str(path), "--top", "2"]) == 0
    assert capsys.readouterr().out == (
        "Pipeline #4815: 2 passed, 1 failed, 2 skipped\n"
        "Test time 4.7 s (mean 1.55 s per test that ran)\n"
        "Slowest: tests/test_sync.py::test_delta (2.5 s), tests/test_api.py::test_login (1.8 s)\n"
    )
