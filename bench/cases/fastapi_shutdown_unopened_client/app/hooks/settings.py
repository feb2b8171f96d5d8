import os

#: Where order events are posted; webhooks are off when it is unset.
WEBHOOK_URL = os.environ.get("HOOKS_WEBHOOK_URL") or None
