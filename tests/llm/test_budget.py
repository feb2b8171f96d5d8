"""The file ledger the command line keeps monthly usage in."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from bugstack.llm import Attempt, FileLedger, LlmSettings, Transcript
from bugstack.llm.budget import LedgerError
from bugstack.llm.providers import make_client
from tests.llm.scripted import scripted_model, text


def test_usage_adds_up_per_project_and_month_across_ledgers(tmp_path: Path) -> None:
    path = tmp_path / "data" / "llm-usage.json"
    FileLedger(path).add("shop", "2026-11", 100)
    FileLedger(path).add("shop", "2026-11", 50)
    FileLedger(path).add("shop", "2026-12", 7)
    FileLedger(path).add("blog", "2026-11", 1)
    ledger = FileLedger(path)
    assert (ledger.used("shop", "2026-11"), ledger.used("shop", "2026-12"),
            ledger.used("blog", "2026-11"), ledger.used("none", "2026-11")) == (150, 7, 1, 0)
    assert json.loads(path.read_text()) == {"blog": {"2026-11": 1},
                                            "shop": {"2026-11": 150, "2026-12": 7}}
    assert path.stat().st_mode & 0o777 == 0o600


def test_concurrent_adds_are_all_counted(tmp_path: Path) -> None:
    path = tmp_path / "usage.json"

    def add() -> None:
        for _ in range(25):
            FileLedger(path).add("shop", "2026-11", 1)

    threads = [threading.Thread(target=add) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert FileLedger(path).used("shop", "2026-11") == 100


def test_a_damaged_file_stops_requests_rather_than_forget_the_usage(tmp_path: Path) -> None:
    path = tmp_path / "usage.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(LedgerError, match="is damaged"):
        FileLedger(path).used("shop", "2026-11")
    with scripted_model(text("SUMMARY: never sent")) as server:
        settings = LlmSettings(provider="openai", model="m", base_url=server.openai_url)
        transcript = Transcript()
        attempt = Attempt(settings, make_client(settings), FileLedger(path), "shop",
                          transcript)
        assert list(attempt.answers("s", "u")) == []
    assert server.requests == []
    assert transcript.stopped[0].startswith("the usage record cannot be read (")
    assert path.read_text(encoding="utf-8") == "{not json"  # left for a person to look at
