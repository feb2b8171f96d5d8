"""``bugstack fix --llm`` as a subprocess, configured by the environment alone."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.llm.scripted import scripted_model, text
from tests.llm.test_engine import APP, GOOD
from tests.repair.apps import capture_event, make_repo

pytestmark = pytest.mark.slow


def _fix(repo: Path, event: dict[str, Any], tmp: Path, env: dict[str, str],
         *extra: str) -> subprocess.CompletedProcess[str]:
    event_file = tmp / "event.json"
    event_file.write_text(json.dumps(event), encoding="utf-8")
    clean = {k: v for k, v in os.environ.items() if not k.startswith("BUGSTACK_")}
    return subprocess.run(
        [sys.executable, "-m", "bugstack", "fix", "--repo", str(repo), "--event",
         str(event_file), "--json", "--timeout", "60", *extra],
        capture_output=True, text=True, timeout=600, check=False,
        env={**clean, "BUGSTACK_DATA_DIR": str(tmp / "data"), **env},
    )


def test_fix_with_llm_uses_the_model_and_records_the_exchange(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", APP)
    event = capture_event(repo, tmp_path / "srv" / "app",
                          "from shop.greet import greeting\ngreeting('ada')")
    with scripted_model(text(GOOD, input_tokens=500, output_tokens=60)) as server:
        done = _fix(repo, event, tmp_path, {
            "BUGSTACK_LLM_PROVIDER": "openai", "BUGSTACK_LLM_MODEL": "scripted-1",
            "BUGSTACK_LLM_BASE_URL": server.openai_url, "BUGSTACK_LLM_API_KEY": "cli-key",
            "BUGSTACK_LLM_SAMPLES": "1",
        }, "--llm", "--run-dir", str(tmp_path / "run"))
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["status"] == "fixed" and data["strategy"] == "llm"
    record = data["checks"]["llm"]
    assert record["requests"] == 1 and record["tokens"] == 560
    assert record["exchanges"][0]["outcome"] == "candidate"
    assert record["settings"]["model"] == "scripted-1" and "api_key" not in record["settings"]
    assert "cli-key" not in done.stdout
    assert json.loads((tmp_path / "run" / "llm.json").read_text())["tokens"] == 560
    usage = json.loads((tmp_path / "data" / "llm-usage.json").read_text())
    assert list(usage["cli:repo"].values()) == [560]


def test_without_llm_the_model_is_never_asked(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", APP)
    event = capture_event(repo, tmp_path / "srv" / "app",
                          "from shop.greet import greeting\ngreeting('ada')")
    with scripted_model(text(GOOD)) as server:
        done = _fix(repo, event, tmp_path, {
            "BUGSTACK_LLM_PROVIDER": "openai", "BUGSTACK_LLM_MODEL": "scripted-1",
            "BUGSTACK_LLM_BASE_URL": server.openai_url,
        })
    assert server.requests == []
    assert json.loads(done.stdout)["status"] != "fixed"
    assert "llm" not in json.loads(done.stdout)["checks"]


def test_llm_without_settings_is_bad_input(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo", APP)
    event = {"exception": {"values": [{"type": "ValueError", "value": "x"}]}}
    done = _fix(repo, event, tmp_path, {}, "--llm")
    assert done.returncode == 2
    assert done.stderr.strip() == (
        "bugstack fix: --llm: BUGSTACK_LLM_PROVIDER is not set (openai or anthropic)")
