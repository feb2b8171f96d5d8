"""A deployment overrides one setting of a nested section."""

from legacy_config.merge import layered

layered({"db": {"host": "localhost", "port": 5432}}, {"db": {"host": "db.internal"}})
