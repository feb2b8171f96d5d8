"""The ``bugstack`` command line.

The SDK installs without any dependency, so the command line (which needs the server
extra) checks for it first and says how to get it, instead of failing on an import.
"""

from __future__ import annotations

import sys

__all__ = ["main"]


def main() -> None:
    try:
        from bugstack.cli.app import app, load_commands

        load_commands(sys.argv[1:])
    except ModuleNotFoundError as exc:  # pragma: no cover - depends on the install
        sys.stderr.write(
            f"bugstack: the command line needs the server extra ({exc.name} is missing).\n"
            "Install it with: pip install 'bugstack[server]'\n"
        )
        raise SystemExit(2) from exc
    app()
