"""Guides on code other than their own examples: the recipes work on real variations."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from bugstack.guides import guide_by_id, match_traceback, site_from_traceback


def _crash(tmp_path: Path, source: str) -> str:
    (tmp_path / "main.py").write_text(textwrap.dedent(source), encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "main.py"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert run.returncode != 0, run.stdout
    return run.stderr


def test_a_shutdown_closing_a_client_that_startup_left_as_none(tmp_path: Path) -> None:
    stderr = _crash(
        tmp_path,
        """
        import warnings

        from fastapi import FastAPI
        from fastapi.testclient import TestClient

        warnings.simplefilter("ignore")
        app = FastAPI()


        @app.on_event("startup")
        async def open_client() -> None:
            app.state.webhooks = None  # disabled in this environment


        @app.on_event("shutdown")
        async def close_client() -> None:
            await app.state.webhooks.aclose()


        if __name__ == "__main__":
            with TestClient(app):
                pass
        """,
    )
    guide = guide_by_id("fastapi-shutdown-uncreated-resource")
    assert guide is not None
    assert match_traceback(stderr, tmp_path) == [guide]
    site = site_from_traceback(stderr, tmp_path)
    assert site is not None
    fixed = guide.fix(site)["main.py"]
    assert '    webhooks = getattr(app.state, "webhooks", None)\n' in fixed
    assert "    if webhooks is not None:\n        await webhooks.aclose()\n" in fixed
    # The fixed app starts and stops cleanly.
    (tmp_path / "main.py").write_text(fixed, encoding="utf-8")
    run = subprocess.run(
        [sys.executable, "main.py"], cwd=tmp_path, capture_output=True, check=False
    )
    assert run.returncode == 0


def test_a_key_error_on_a_line_reading_two_fields_changes_only_the_missing_one(
    tmp_path: Path,
) -> None:
    stderr = _crash(
        tmp_path,
        """
        def label(payload):
            return payload["name"] + " <" + payload["email"] + ">"


        print(label({"name": "Ada"}))
        """,
    )
    guide = guide_by_id("keyerror-optional-payload-field")
    assert guide is not None
    site = site_from_traceback(stderr, tmp_path)
    assert site is not None
    assert guide.fix(site) == {
        "main.py": (tmp_path / "main.py")
        .read_text(encoding="utf-8")
        .replace('payload["email"]', 'payload.get("email")')
    }


def test_a_name_error_with_two_equally_close_names_is_left_alone(tmp_path: Path) -> None:
    stderr = _crash(
        tmp_path,
        """
        cart = 1
        card = 2
        print(carx)
        """,
    )
    guide = guide_by_id("name-error-typo")
    assert guide is not None
    site = site_from_traceback(stderr, tmp_path)
    assert site is not None
    assert guide.recognises_exception(site.exception)
    assert guide.fix(site) == {}
    assert not guide.matches(site)
