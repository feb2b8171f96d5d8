"""named_default under review: a constant that ends like the missing key but that the
module already gives to another key (``DEFAULT_TIMEOUT`` for ``timeout``) is no default for
``lock_timeout``."""

from __future__ import annotations

from pathlib import Path

from bugstack.repair.contract import named_default
from tests.repair.adversarial import fix_and_check

DB = '''
    DEFAULT_TIMEOUT = 30  # seconds to wait for a connection


    def connect_options(settings: dict) -> dict:
        """Driver options from the ``[database]`` settings."""
        return {
            "timeout": settings.get("timeout", DEFAULT_TIMEOUT),
            "lock_timeout_ms": int(settings["lock_timeout"]) * 1000,
        }
'''

TESTS = '''
    from store.db import connect_options


    def test_options():
        assert connect_options({"lock_timeout": "2"})["lock_timeout_ms"] == 2000
'''

CHECK = '''
from store.db import connect_options
try:
    options = connect_options({})
except KeyError:
    pass
else:
    assert options["lock_timeout_ms"] != 30000, "the connection timeout became the lock timeout"
'''



def test_a_constant_given_to_another_key_is_no_default_for_this_one(tmp_path: Path) -> None:
    data = fix_and_check(tmp_path, {"store/__init__.py": "", "store/db.py": DB,
                                    "tests/test_db.py": TESTS},
                         'from store.db import connect_options\nconnect_options({})', CHECK)
    assert data is not None and data["status"] != "fixed"


def test_a_constant_no_other_key_takes_still_backs_the_key_it_ends() -> None:
    source = ('DEFAULT_RETENTION_DAYS = 14\nDEFAULT_COMPRESSION = "gzip"\n'
              'DAYS = int(env.get("BACKUP_RETENTION_DAYS", DEFAULT_RETENTION_DAYS))\n')
    for key, constant in (("BACKUP_COMPRESSION", "DEFAULT_COMPRESSION"),
                          ("BACKUP_RETENTION_DAYS", "DEFAULT_RETENTION_DAYS")):
        found = named_default(source, key)
        assert found is not None and found.source == constant
    taken = "DEFAULT_TIMEOUT = 30\ndef connect(host, timeout: int = DEFAULT_TIMEOUT): ...\n"
    assert named_default(taken, "lock_timeout") is None
    found = named_default(taken, "timeout")
    assert found is not None and found.source == "DEFAULT_TIMEOUT"
