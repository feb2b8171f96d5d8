"""How a fix job hands a project's model settings to the engine's child process.

The worker reads the project's settings and opens its sealed API key; the engine runs in a
child process (``pipeline/engine_entry.py``) that must not need the server's secret key.
So the worker writes what the child needs into a file in the job's sandbox, readable by
its owner only and removed with the sandbox, and passes ``--llm-config FILE``. The child
builds the :class:`~bugstack.repair.candidates.llm.LlmStrategy` from it, with the usage
ledger in the server's database so the monthly cap holds across workers.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bugstack.repair.candidates.base import Strategy
    from bugstack.repair.candidates.llm import LlmStrategy
    from bugstack.server.storage.database import Database

__all__ = ["CONFIG_FILE", "model_arguments", "strategy_from_config"]

CONFIG_FILE = "model.json"


def model_arguments(database: Database, database_url: str, data_dir: Path,
                    attempt_id: int, sandbox: Path,
                    env: dict[str, str] | None = None) -> list[str]:
    """The engine's extra arguments for the attempt's project: none when the model is off
    and nothing about it was set; otherwise ``--llm-config FILE``. A setting that cannot
    work is passed as the reason, so the fix's record says why the model was not asked."""
    from bugstack.server.project_llm import project_model
    from bugstack.server.secrets import CredentialBox, InvalidToken
    from bugstack.server.storage.models import FixAttempt, Project

    with database.session() as session:
        attempt = session.get(FixAttempt, attempt_id)
        project = session.get(Project, attempt.project_id) if attempt is not None else None
        if project is None:
            return []
        project_id, raw, sealed = project.id, project.llm_settings, project.credentials
    credentials: dict[str, Any] = {}
    if sealed:
        try:
            credentials = CredentialBox.for_data_dir(data_dir).open(sealed)
        except InvalidToken:
            credentials = {}
    model = project_model(raw, credentials, env)
    if model.settings is None and not raw:
        return []  # never configured and off: nothing to say on every fix
    config: dict[str, Any] = {"project": str(project_id),
                              "database_url": _absolute(database_url)}
    if model.settings is not None:
        config["settings"] = model.settings.to_json()
        config["api_key"] = model.settings.api_key
    else:
        config["off"] = model.reason
    sandbox.mkdir(parents=True, exist_ok=True)
    path = sandbox / CONFIG_FILE
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(config, handle)
    return ["--llm-config", str(path)]


def _absolute(database_url: str) -> str:
    """A relative SQLite path made absolute: the engine runs in the sandbox directory."""
    from sqlalchemy.engine import make_url

    url = make_url(database_url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:" \
            or Path(url.database).is_absolute():
        return database_url
    return url.set(database=str(Path(url.database).resolve())).render_as_string(
        hide_password=False)


def strategy_from_config(path: Path, others: list[Strategy]) -> tuple[LlmStrategy | None, str]:
    """In the engine's process: the strategy to add, or None and why not."""
    from bugstack.llm.settings import LlmConfigError, LlmSettings
    from bugstack.repair.candidates.llm import LlmStrategy
    from bugstack.server.llm_usage import DatabaseLedger
    from bugstack.server.storage.database import Database

    config = json.loads(path.read_text(encoding="utf-8"))
    if "settings" not in config:
        return None, str(config.get("off") or "the language model is off")
    try:
        settings = LlmSettings.from_json(config["settings"], api_key=config.get("api_key"))
    except LlmConfigError as exc:
        return None, f"the project's model settings cannot work: {exc}"
    ledger = DatabaseLedger(Database(config["database_url"]).engine)
    return LlmStrategy(settings, project=str(config["project"]), ledger=ledger,
                       others=others), ""
