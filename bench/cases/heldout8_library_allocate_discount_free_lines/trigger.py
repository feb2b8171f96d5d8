"""Checkout applies a 5 EUR goodwill voucher to an order made only of free samples."""

from ledger.invoice import Line, spread_discount

spread_discount([Line("SAMPLE-TEA", 0), Line("SAMPLE-COFFEE", 0), Line("SAMPLE-COCOA", 0)], 500)
