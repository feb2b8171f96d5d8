"""The shop's kit builder makes up an imported American pattern."""

from decimal import Decimal

from yarnkit.kits import Yarn, make_kit

make_kit("Cabin Cardigan", "14 oz", Yarn("Merino DK", 50, Decimal("6.50")), imperial=True)
