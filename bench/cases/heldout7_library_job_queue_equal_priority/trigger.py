"""The newsletter service queues this month's mailing."""

from taskq.batch import queue_mailing
from taskq.queue import JobQueue

queue_mailing(JobQueue(), ["zoe@example.com", "ann@example.com", "bob@example.com"], "Spring")
