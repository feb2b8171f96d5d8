"""The sales desk prices a quote against last night's stored price list."""

from decimal import Decimal

from pricebook.prices import dump_price_list
from pricebook.quotes import QuoteLine, quote_from_stored

stored = dump_price_list({1042: Decimal("9.90"), 77: Decimal("0.35"), 310: Decimal("129.00")})
quote_from_stored([QuoteLine(1042, 3), QuoteLine(310, 1)], stored)
