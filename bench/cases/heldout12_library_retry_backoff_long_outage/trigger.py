"""Three days into a partner API outage, a job fails for the 1101st time."""

from jobqueue.worker import Job, record_failure

record_failure(Job("push-orders", attempts=1100), now=1_000_000.0)
