"""The till prints a receipt for a table that left a tip."""

import runpy
import sys

sys.argv = ["receipt", "Coffee=3.5", "Cake=4.25", "tip=1.5"]
runpy.run_module("tills.receipt", run_name="__main__", alter_sys=True)
