"""October's invoice run over the committee's register, raised beds included."""

from allotments.plots import parse_register_line
from allotments.rent import invoice_run

REGISTER = """\
1;A. Marsh;full;250;yes
2;B. Tran;half;125;yes
7b;M. Doyle;half;125.5;no
RB1;E. Hughes;raised_bed;;yes
RB2;P. Lund;raised_bed;;yes
"""

invoice_run(
    [parse_register_line(line) for line in REGISTER.splitlines()],
    frozenset({"B. Tran", "M. Doyle", "P. Lund"}),
)
