"""One attempt: several samples from the model, within the attempt's and the month's
budgets, with retries on 429 and 5xx, every request written into the transcript."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from bugstack.llm.budget import LedgerError, UsageLedger, current_month, estimate_tokens
from bugstack.llm.providers import ModelClient, ProviderError, Request
from bugstack.llm.settings import LlmSettings
from bugstack.llm.transcript import Exchange, Transcript

__all__ = ["Answer", "Attempt"]

#: Below this many output tokens no useful edit fits: better not to ask.
MIN_OUTPUT_TOKENS = 64
#: A retry is not worth starting with less time than this left.
MIN_SECONDS = 1.0


@dataclass(frozen=True, slots=True)
class Answer:
    sample: int
    text: str
    exchange: Exchange


class Attempt:
    def __init__(self, settings: LlmSettings, client: ModelClient, ledger: UsageLedger,
                 project: str, transcript: Transcript,
                 sleep: Callable[[float], None] = time.sleep,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self.client = client
        self.ledger = ledger
        self.project = project
        self.transcript = transcript
        self._sleep = sleep
        self._clock = clock
        self._started = clock()

    def _seconds_left(self) -> float:
        return self.settings.attempt_seconds - (self._clock() - self._started)

    def _output_allowance(self, prompt_tokens: int) -> int | str:
        """How many output tokens the next request may ask for, or why none."""
        settings = self.settings
        attempt_left = settings.attempt_tokens - self.transcript.tokens - prompt_tokens
        month = current_month()
        try:
            used = self.ledger.used(self.project, month)
        except LedgerError as exc:
            return f"the usage record cannot be read ({exc}), so no request is sent"
        month_left = settings.monthly_tokens - used - prompt_tokens
        allowance = min(settings.max_output_tokens, attempt_left, month_left)
        if allowance >= MIN_OUTPUT_TOKENS:
            return allowance
        if month_left < MIN_OUTPUT_TOKENS:
            return (f"the project's monthly cap is reached ({used} of {settings.monthly_tokens}"
                    f" tokens used in {month}; the next request could need {prompt_tokens}"
                    f" + {MIN_OUTPUT_TOKENS})")
        return (f"the attempt's token budget is spent ({self.transcript.tokens} of "
                f"{settings.attempt_tokens})")

    def answers(self, system: str, user: str) -> Iterator[Answer]:
        prompt_tokens = estimate_tokens(system + user)
        for sample in range(1, self.settings.samples + 1):
            if self._seconds_left() < MIN_SECONDS:
                self.transcript.stopped.append(
                    f"the attempt's time budget ({self.settings.attempt_seconds:g}s) is spent")
                return
            allowance = self._output_allowance(prompt_tokens)
            if isinstance(allowance, str):
                self.transcript.stopped.append(allowance)
                return
            # The worst case is counted before the request leaves, atomically, so workers
            # asking for the same project at once cannot pass the cap together.
            month, reserved = current_month(), prompt_tokens + allowance
            try:
                taken = self.ledger.reserve(self.project, month, reserved,
                                            self.settings.monthly_tokens)
            except LedgerError as exc:
                self.transcript.stopped.append(
                    f"the usage record cannot be written ({exc}), so no request is sent")
                return
            if not taken:
                self.transcript.stopped.append(
                    f"the project's monthly cap is reached (other requests took what was left"
                    f" of {self.settings.monthly_tokens} tokens in {month})")
                return
            answer, stop = self._sample(sample, system, user, allowance)
            # Settle the reservation: the real count when answered, nothing otherwise.
            spent = (answer.exchange.input_tokens + answer.exchange.output_tokens
                     if answer is not None else 0)
            try:
                self.ledger.add(self.project, month, spent - reserved)
            except LedgerError as exc:
                stop = stop or f"the usage record cannot be written ({exc}), so no more requests"
            if answer is not None:
                yield answer
            if stop is not None:
                self.transcript.stopped.append(stop)
                return

    def _sample(self, sample: int, system: str, user: str, max_tokens: int
                ) -> tuple[Answer | None, str | None]:
        """One sample, retried on 429/5xx: (the answer, or None; a reason to stop asking)."""
        settings = self.settings
        for try_number in range(1, settings.max_retries + 2):
            left = self._seconds_left()
            exchange = Exchange(sample=sample, try_number=try_number,
                                provider=self.client.provider, model=self.client.model,
                                url=self.client.url, sent={"system": system, "user": user})
            self.transcript.exchanges.append(exchange)
            began = self._clock()
            try:
                reply = self.client.complete(Request(
                    system=system, user=user, max_tokens=max_tokens,
                    temperature=settings.temperature, timeout=max(left, MIN_SECONDS),
                ))
            except ProviderError as error:
                exchange.seconds = round(self._clock() - began, 3)
                exchange.error, exchange.status = str(error), error.status
                if error.timed_out:
                    exchange.outcome = "timed out"
                    return None, None  # the next sample is tried if time is left
                if error.status is None:
                    exchange.outcome = "unreachable"
                    return None, f"the provider cannot be reached ({error})"
                if not error.retryable:
                    exchange.outcome = "refused"
                    return None, f"the provider refused the request ({error})"
                delay = error.retry_after if error.retry_after is not None \
                    else settings.backoff_seconds * 2 ** (try_number - 1)
                if try_number > settings.max_retries:
                    exchange.outcome = "gave up"
                    return None, f"still {error.status} after {settings.max_retries} retries"
                if delay > self._seconds_left() - MIN_SECONDS:
                    exchange.outcome = "gave up"
                    return None, (f"the provider asked to wait {delay:g}s, more than the "
                                  "attempt's time budget has left")
                exchange.outcome = f"retrying in {delay:g}s"
                self._sleep(delay)
                continue
            exchange.seconds = round(self._clock() - began, 3)
            exchange.received = reply.text
            exchange.input_tokens, exchange.output_tokens = reply.input_tokens, reply.output_tokens
            exchange.estimated_tokens = reply.estimated
            return Answer(sample, reply.text, exchange), None
        return None, None  # pragma: no cover - the loop always returns
