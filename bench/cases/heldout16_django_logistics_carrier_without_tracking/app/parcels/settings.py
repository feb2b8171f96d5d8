"""Settings of the shipment status site."""

from __future__ import annotations

import json
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent

SECRET_KEY = os.environ.get("PARCELS_SECRET_KEY", "insecure-development-key")
DEBUG = False
ALLOWED_HOSTS = ["localhost", "testserver", ".parcels.example"]

INSTALLED_APPS = ["django.contrib.contenttypes"]
MIDDLEWARE = ["django.middleware.common.CommonMiddleware"]
ROOT_URLCONF = "parcels.urls"
DATABASES: dict[str, dict[str, str]] = {}
USE_TZ = True
TIME_ZONE = "Europe/Amsterdam"

# The carriers we hand parcels to, from carriers.json (PARCELS_CARRIERS_FILE overrides
# the path): a display name, the transit time in days, and a tracking_url template
# with a {code} placeholder. tracking_url is null for a carrier without online
# tracking (our own vans): its shipments show no tracking link, "tracking_url": null.
CARRIERS_FILE = Path(os.environ.get("PARCELS_CARRIERS_FILE", BASE_DIR / "carriers.json"))
CARRIERS = json.loads(CARRIERS_FILE.read_text(encoding="utf-8"))
