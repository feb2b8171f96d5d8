"""The marketplace pays a Japanese seller their March sales."""

from decimal import Decimal

from payouts.provider import payout_request

payout_request("acct_77", Decimal("48000"), "jpy", "March sales")
