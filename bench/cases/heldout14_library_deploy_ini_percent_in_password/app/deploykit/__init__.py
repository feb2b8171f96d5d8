"""deploykit: release-directory deploys over SSH."""

from deploykit.config import Target, load_target

__all__ = ["Target", "load_target"]
