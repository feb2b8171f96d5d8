"""``--llm-scripted``: the corpus with the language model switched on, the model played by
the scripted wire-protocol server of ``tests/llm/scripted.py`` on loopback.

It shows the plumbing, not a model's skill: every case goes through ``bugstack fix --llm``
with the real ``openai`` (or ``anthropic``) client asking a local server that answers
from a script, and the figures (fixed, wrong fixes, declined) must come out as without
the model, since a scripted answer never fixes a case on its own. The modes:

* ``no-fix``: every answer is ``NO FIX: ...``;
* ``malformed``: every answer is prose, which the engine rejects before any run;
* ``down``: every request is answered 503 (retried with backoff, then reported).

``BUGSTACK_LLM_ASK`` (``unbacked`` or ``always``) says when the model is asked; the usage
ledger goes to a temporary ``BUGSTACK_DATA_DIR``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

__all__ = ["MODES", "ScriptedRun", "scripted_llm"]

MODES = ("no-fix", "malformed", "down")


@dataclass
class ScriptedRun:
    """What the scripted model saw, read after the run."""

    mode: str
    ask: str
    provider: str
    server: object

    @property
    def requests(self) -> int:
        return len(getattr(self.server, "requests", []))

    def summary(self) -> str:
        return (f"model: scripted ({self.mode}, {self.provider}, ask={self.ask}), "
                f"{self.requests} requests")


@contextmanager
def scripted_llm(mode: str, provider: str = "openai", ask: str = "unbacked"
                 ) -> Iterator[ScriptedRun]:
    """The scripted server running and ``BUGSTACK_LLM_*`` pointing at it, for the engine
    subprocesses started meanwhile (they inherit this process's environment)."""
    # The scripted server lives with the tests; the repository root makes it importable.
    root = Path(__file__).resolve().parents[2]
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    from tests.llm.scripted import Reply, ScriptedModel, error, text

    reply: Reply = {"no-fix": text("NO FIX: a scripted model proposes nothing"),
                    "malformed": text("You should check whether the value is None first."),
                    "down": error(503)}[mode]
    names = ("PROVIDER", "MODEL", "BASE_URL", "API_KEY", "ASK", "BACKOFF_SECONDS")
    before = {name: os.environ.get(f"BUGSTACK_LLM_{name}") for name in names}
    before_data = os.environ.get("BUGSTACK_DATA_DIR")
    with ScriptedModel([reply]) as server, tempfile.TemporaryDirectory() as data:
        os.environ.update({"BUGSTACK_LLM_PROVIDER": provider,
                           "BUGSTACK_LLM_MODEL": "scripted-1",
                           "BUGSTACK_LLM_BASE_URL": server.url_for(provider),
                           "BUGSTACK_LLM_API_KEY": "scripted", "BUGSTACK_LLM_ASK": ask,
                           "BUGSTACK_LLM_BACKOFF_SECONDS": "0.1",
                           "BUGSTACK_DATA_DIR": data})
        try:
            yield ScriptedRun(mode, ask, provider, server)
        finally:
            for name, value in before.items():
                if value is None:
                    os.environ.pop(f"BUGSTACK_LLM_{name}", None)
                else:
                    os.environ[f"BUGSTACK_LLM_{name}"] = value
            if before_data is None:
                os.environ.pop("BUGSTACK_DATA_DIR", None)
            else:
                os.environ["BUGSTACK_DATA_DIR"] = before_data
