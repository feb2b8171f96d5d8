"""The staging box switches Sentry off with its overlay."""

from layered.merge import resolve

defaults = {"debug": False, "db": {"host": "localhost"}, "sentry": {"rate": 1.0, "env": "prod"}}
staging = {"db": {"host": "db.staging"}, "sentry": None}
print(resolve(defaults, staging))
