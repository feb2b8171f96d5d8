"""Nightly import of the shop's page-view export: ``python -m importer EXPORT DATABASE``."""
