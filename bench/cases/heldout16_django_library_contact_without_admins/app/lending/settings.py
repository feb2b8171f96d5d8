"""Settings of the libraries' help site, from the environment (12-factor style)."""

from __future__ import annotations

import os
from email.utils import getaddresses
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("LENDING_SECRET_KEY", "insecure-development-key")
DEBUG = os.environ.get("LENDING_DEBUG", "") == "1"
ALLOWED_HOSTS = os.environ.get("LENDING_HOSTS", "localhost,testserver").split(",")

INSTALLED_APPS = ["django.contrib.contenttypes"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "lending.urls"
DATABASES: dict[str, dict[str, str]] = {}
USE_TZ = True
TIME_ZONE = "Europe/Amsterdam"

# Staff who get the error mails and answer readers' questions:
# LENDING_ADMINS="Desk Lead <lead@library.example>, Ops <ops@library.example>".
# Unset on a new deployment until the branch names its staff, so ADMINS may be empty.
ADMINS = [(name, address) for name, address in getaddresses([os.environ.get("LENDING_ADMINS", "")]) if address]

# The front desk's shared mailbox: the sender of every mail the site sends, and where
# readers write when no admin is configured.
DEFAULT_FROM_EMAIL = os.environ.get("LENDING_FROM_EMAIL", "frontdesk@library.example")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

LIBRARY_PHONE = os.environ.get("LENDING_PHONE", "+31 20 555 0100")

# Opening hours of each branch, Monday first; None on a day the branch is closed.
BRANCH_HOURS = {
    "central": ["09:00-20:00"] * 5 + ["10:00-17:00", "12:00-17:00"],
    "harbour": ["10:00-18:00", None, "10:00-18:00", "10:00-18:00", "10:00-18:00", "10:00-14:00", None],
}
