import json

import pytest

from prefstore.schema import CURRENT_VERSION, upgrade
from prefstore.store import PreferenceStore


def test_upgrade_from_version_2() -> None:
    doc = {"schema_version": 2, "language": "de", "tz": "Europe/Berlin",
           "notifications": {"newsletter": True, "digest": True}}
    assert upgrade(doc) == {
        "schema_version": 3,
        "language": "de",
        "timezone": "Europe/Berlin",
        "notifications": {"newsletter": True, "digest": "weekly"},
    }


def test_current_document_is_unchanged() -> None:
    doc = {"schema_version": CURRENT_VERSION, "language": "fr", "timezone": "UTC",
           "notifications": {"newsletter": False, "digest": "never"}}
    assert upgrade(doc) == doc


def test_newer_document_is_refused() -> None:
    with pytest.raises(ValueError):
        upgrade({"schema_version": CURRENT_VERSION + 1})


def test_defaults_and_round_trip() -> None:
    store = PreferenceStore({})
    assert store.load(7)["notifications"] == {"newsletter": False, "digest": "never"}
    store.update(7, language="nl")
    assert store.load(7)["language"] == "nl"


def test_migrate_all_rewrites_old_documents() -> None:
    backend = {
        "prefs:1": json.dumps({"schema_version": 2, "language": "en", "tz": None,
                               "notifications": {"newsletter": False, "digest": False}}),
        "prefs:2": json.dumps({"schema_version": 3, "language": "en", "timezone": "UTC",
                               "notifications": {"newsletter": True, "digest": "never"}}),
        "sessions:9": "not a preference",
    }
    assert PreferenceStore(backend).migrate_all() == {"upgraded": 1, "current": 1}
    assert json.loads(backend["prefs:1"])["timezone"] == "UTC"
    assert backend["sessions:9"] == "not a preference"
