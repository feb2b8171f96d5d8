"""The fix pipeline: from a new issue to a delivered fix, on a durable task engine.

See ``docs/pipeline.md``. The server queues jobs (:class:`IssueHook`, :func:`request_fix`);
workers (:func:`run_worker`) run them (:class:`FixJob`) and sweep for owed work.
"""

from bugstack.pipeline.config import PipelineSettings
from bugstack.pipeline.hook import IssueHook, request_fix
from bugstack.pipeline.job import FixJob
from bugstack.pipeline.queue import FixQueue
from bugstack.pipeline.records import STAGES, stages_of
from bugstack.pipeline.trigger import Decision, start_fix
from bugstack.pipeline.worker import run_worker, start_worker_process

__all__ = [
    "STAGES",
    "Decision",
    "FixJob",
    "FixQueue",
    "IssueHook",
    "PipelineSettings",
    "request_fix",
    "run_worker",
    "stages_of",
    "start_fix",
    "start_worker_process",
]
