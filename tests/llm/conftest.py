"""The dashboard's fixtures (a server in a thread, its first user) for the settings tests."""

from tests.web.conftest import admin, new_browser, server  # noqa: F401
