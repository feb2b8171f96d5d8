"""Shipping labels for the dispatch desk: addresses in, a printable sheet out."""
