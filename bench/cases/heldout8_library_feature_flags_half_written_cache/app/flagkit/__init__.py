from flagkit.store import DEFAULTS, FlagStore

__all__ = ["DEFAULTS", "FlagStore"]
