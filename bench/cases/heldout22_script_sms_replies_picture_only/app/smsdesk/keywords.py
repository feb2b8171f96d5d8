"""Carrier keyword rules for replies to our SMS short code.

The first word of a reply decides, whatever its case or trailing punctuation ("Stop!"):
an opt-out keyword unsubscribes the number from every programme, an opt-in keyword
subscribes it again, a help keyword gets the help text. Any other reply, whatever it
holds, is a customer writing to us and goes to the support inbox.
"""

from __future__ import annotations

OPT_OUT_WORDS = frozenset({"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT"})
OPT_IN_WORDS = frozenset({"START", "UNSTOP", "YES"})
HELP_WORDS = frozenset({"HELP", "INFO"})

#: What classify() answers.
OPT_OUT = "opt_out"
OPT_IN = "opt_in"
HELP = "help"
FOR_SUPPORT = "support"

HELP_TEXT = "Parcelbay alerts: delivery updates for your orders. Reply STOP to opt out. Help: parcelbay.example/sms"
OPT_OUT_TEXT = "You will get no more texts from Parcelbay. Reply START to opt back in."
OPT_IN_TEXT = "Parcelbay delivery alerts are back on. Reply STOP to opt out."


def first_word(body: str) -> str:
    return body.split()[0].strip(".,!?").upper()


def classify(body: str) -> str:
    word = first_word(body)
    if word in OPT_OUT_WORDS:
        return OPT_OUT
    if word in OPT_IN_WORDS:
        return OPT_IN
    if word in HELP_WORDS:
        return HELP
    return FOR_SUPPORT
