"""The billing office builds May's claim to Kestrel Health; one patient's card ends in X."""

from datetime import date
from decimal import Decimal

from claimkit.claims import Visit, build_claim

build_claim(
    "Kestrel Health",
    [
        Visit("Noor Haddad", "Kestrel Health", "K 1234 5678 2", date(2024, 5, 3), "C-101", Decimal("85.00")),
        Visit("Lena Vogt", "Kestrel Health", "K 3056 1275 X", date(2024, 5, 7), "C-101", Decimal("85.00")),
    ],
)
