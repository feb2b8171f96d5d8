"""``python -m photosort MANIFEST``: print where each photo of an import will be filed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from photosort.manifest import read_manifest
from photosort.plan import plan, summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="photosort")
    parser.add_argument("manifest", type=Path)
    args = parser.parse_args(argv)

    moves = plan(read_manifest(args.manifest))
    for source, destination in moves:
        print(f"{source} -> {destination}")
    for folder, count in sorted(summary(moves).items()):
        print(f"{folder}: {count} photo{'s' if count != 1 else ''}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
