"""Month-end: the bookkeeper runs the summary on April's statement, which had a big invoice."""

import runpy
import sys
import tempfile
from pathlib import Path

statement = Path(tempfile.mkdtemp()) / "april.csv"
statement.write_text(
    "Buchungstag;Verwendungszweck;Betrag\n"
    "02.04.2024;Invoice 2024-021;2.450,00\n"
    "05.04.2024;Rent;-1.100,00\n"
    "18.04.2024;Hosting;-19,99\n",
    encoding="utf-8",
)
sys.argv = ["statement", str(statement)]
runpy.run_module("statement", run_name="__main__", alter_sys=True)
