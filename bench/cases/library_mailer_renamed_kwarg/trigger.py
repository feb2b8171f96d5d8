"""The sign-in service locks an account after too many failed attempts."""

from notify.events import account_locked
from notify.mailer import Outbox

account_locked(Outbox(), "grace@example.com", attempts=5)
