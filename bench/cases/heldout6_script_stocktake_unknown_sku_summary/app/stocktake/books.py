"""Stock the shop's books say it holds (exported nightly from the till system)."""

EXPECTED = {
    "TEA-ASSAM-250": 40,
    "TEA-EARL-250": 35,
    "TEA-SENCHA-100": 24,
    "POT-GLASS-1L": 6,
    "CUP-STONE-2": 18,
}
