from __future__ import annotations

import sys
from pathlib import Path

from importer.load import import_file


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m importer EXPORT DATABASE", file=sys.stderr)
        return 2
    count = import_file(Path(argv[0]), Path(argv[1]))
    print(f"imported {count} page views")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
