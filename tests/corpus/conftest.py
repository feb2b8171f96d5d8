"""Loads the corpus runner (``bench/fix_corpus.py``, a script, not a package) for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

_RUNNER = Path(__file__).resolve().parents[2] / "bench" / "fix_corpus.py"


def _load_runner() -> ModuleType:
    spec = importlib.util.spec_from_file_location("fix_corpus", _RUNNER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # Registered before executing: dataclasses look their module up by name.
    sys.modules["fix_corpus"] = module
    spec.loader.exec_module(module)
    return module


fix_corpus = _load_runner()


@pytest.fixture(scope="session")
def runner() -> ModuleType:
    return fix_corpus
