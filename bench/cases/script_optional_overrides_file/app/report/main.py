"""``python -m report.main DIR``: prints the report header for the data in DIR."""

import sys
from pathlib import Path

from report.settings import load


def header(data_dir: Path) -> str:
    settings = load(data_dir / "report.json")
    return f"{settings['title']} ({settings['currency']}, {settings['decimals']} decimals)"


if __name__ == "__main__":
    print(header(Path(sys.argv[1])))
