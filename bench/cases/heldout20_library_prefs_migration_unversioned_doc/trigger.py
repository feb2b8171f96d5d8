"""The nightly maintenance task runs over the preference store, which still holds a
document saved by prefstore 1.x for a user who has not logged in since."""

import json

from prefstore.store import PreferenceStore

backend = {
    "prefs:1": json.dumps({"schema_version": 3, "language": "en", "timezone": "UTC",
                           "notifications": {"newsletter": True, "digest": "never"}}),
    "prefs:2": json.dumps({"language": "it", "tz": "Europe/Rome",
                           "newsletter": True, "weekly_digest": True}),
}
PreferenceStore(backend).migrate_all()
