"""The quarter's statement run, now that the e-book distributor's report is in too:
python -m royalties castellanos.json gardners-2024q1.csv ebookhub-2024q1.csv --period 2024-Q1"""

import json
import tempfile
from pathlib import Path

from royalties.cli import main

work = Path(tempfile.mkdtemp(prefix="royalties-"))
(work / "castellanos.json").write_text(
    json.dumps({"author": "Mira Castellanos", "rates": {"Hardback": "0.10", "paperback": "0.075", "ebook": "0.25"}}),
    encoding="utf-8",
)
(work / "gardners-2024q1.csv").write_text(
    "isbn,title,format,units,net_receipts\n"
    "9781916000011,The Salt Road,paperback,1200,8400.00\n"
    "9781916000004,The Salt Road,hardback,150,2250.00\n",
    encoding="utf-8",
)
(work / "ebookhub-2024q1.csv").write_text(
    "isbn,title,format,units,net_receipts\n"
    "9781916000028,The Salt Road,eBook,640,2553.60\n"
    "9781916000035,Low Tide Letters,eBook,85,339.15\n",
    encoding="utf-8",
)
main([
    str(work / "castellanos.json"),
    str(work / "gardners-2024q1.csv"),
    str(work / "ebookhub-2024q1.csv"),
    "--period",
    "2024-Q1",
])
