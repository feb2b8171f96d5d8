"""Operations raised the attempts for the webhook queue; the next failure asks for a retry."""

import os

os.environ["JOBS_WEBHOOKS_MAX_ATTEMPTS"] = "5"
from jobs.retry import should_retry

should_retry("webhooks", 2)
