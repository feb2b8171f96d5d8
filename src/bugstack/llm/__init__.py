"""Optional language-model candidates for the fix engine (the ``bugstack[llm]`` extra).

A model only ever proposes: its answers become ordinary candidates that the engine
verifies exactly like a guide's or a template's. See ``docs/llm.md``.
"""

from bugstack.llm.budget import (
    FileLedger,
    LedgerError,
    MemoryLedger,
    UsageLedger,
    current_month,
)
from bugstack.llm.edit_format import (
    AnswerRejected,
    ParsedAnswer,
    apply_answer,
    cited_contract,
    parse_answer,
)
from bugstack.llm.prompt import Prompt, build_prompt, scrub_source, scrub_text
from bugstack.llm.providers import ModelClient, ProviderError, Reply, Request, make_client
from bugstack.llm.session import Answer, Attempt
from bugstack.llm.settings import LlmConfigError, LlmSettings
from bugstack.llm.transcript import Exchange, Transcript

__all__ = [
    "Answer",
    "AnswerRejected",
    "Attempt",
    "Exchange",
    "FileLedger",
    "LedgerError",
    "LlmConfigError",
    "LlmSettings",
    "MemoryLedger",
    "ModelClient",
    "ParsedAnswer",
    "Prompt",
    "ProviderError",
    "Reply",
    "Request",
    "Transcript",
    "UsageLedger",
    "apply_answer",
    "build_prompt",
    "cited_contract",
    "current_month",
    "make_client",
    "parse_answer",
    "scrub_source",
    "scrub_text",
]
