import json

from prefstore.schema import upgrade
from prefstore.store import PreferenceStore

LEGACY = {"language": "it", "tz": "Europe/Rome", "newsletter": True, "weekly_digest": True}
LEGACY_UPGRADED = {
    "schema_version": 3,
    "language": "it",
    "timezone": "Europe/Rome",
    "notifications": {"newsletter": True, "digest": "weekly"},
}


def test_unversioned_document_is_upgraded_from_version_1() -> None:
    assert upgrade(LEGACY) == LEGACY_UPGRADED
    assert upgrade({"language": "en"}) == {
        "schema_version": 3,
        "language": "en",
        "timezone": "UTC",
        "notifications": {"newsletter": False, "digest": "never"},
    }


def test_nightly_migration_rewrites_the_legacy_document() -> None:
    current = {"schema_version": 3, "language": "en", "timezone": "UTC",
               "notifications": {"newsletter": True, "digest": "never"}}
    backend = {"prefs:1": json.dumps(current), "prefs:2": json.dumps(LEGACY)}
    store = PreferenceStore(backend)
    assert store.migrate_all() == {"upgraded": 1, "current": 1}
    assert json.loads(backend["prefs:2"]) == LEGACY_UPGRADED
    assert json.loads(backend["prefs:1"]) == current
    assert store.load(2) == LEGACY_UPGRADED


def test_reading_a_legacy_document_gives_the_current_shape() -> None:
    store = PreferenceStore({"prefs:5": json.dumps({"language": "pt", "newsletter": False,
                                                    "weekly_digest": True})})
    assert store.load(5)["notifications"] == {"newsletter": False, "digest": "weekly"}
    assert store.load(5)["timezone"] == "UTC"
