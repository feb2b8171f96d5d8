"""The language-model strategy: the model's answers as ordinary candidates.

Nothing here decides that a fix is right. Each parsed answer becomes a
:class:`Candidate` that the pipeline probes against the reproduction and verifies with the
app's suite like any other. Two things keep a model's guess from passing as a fix:

* a candidate carries a ``contract`` only when the model quoted the code's own words
  (a docstring, comment or test) and the quote is really there, unchanged by the patch;
  without one the engine's rule for lone guesses applies and it is declined, unverified;
* its plausibility is below the guides' and templates', so they are tried first, and the
  deduplication by AST makes a model that repeats a template cost nothing more.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from bugstack.domain import CrashSite, FixProposal
from bugstack.llm.budget import FileLedger, MemoryLedger, UsageLedger
from bugstack.llm.edit_format import AnswerRejected, apply_answer, cited_contract, parse_answer
from bugstack.llm.prompt import build_prompt, scrub_text
from bugstack.llm.providers import ModelClient, make_client
from bugstack.llm.reproduction import reproduction_test
from bugstack.llm.session import Attempt
from bugstack.llm.settings import LlmSettings
from bugstack.llm.transcript import Transcript
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates import generate
from bugstack.repair.candidates.base import Candidate, Strategy, deduplicate
from bugstack.repair.reproduce.model import Scenario

__all__ = ["LlmStrategy", "after_reproduction", "record_transcript", "strategy_from_env"]

log = logging.getLogger(__name__)

PLAUSIBILITY_BACKED = 0.6
PLAUSIBILITY_GUESS = 0.25


class LlmStrategy:
    name = "llm"

    def __init__(self, settings: LlmSettings, *, project: str = "default",
                 ledger: UsageLedger | None = None, client: ModelClient | None = None,
                 others: Sequence[Strategy] = ()) -> None:
        self.settings = settings
        #: The engine's other strategies: with ``ask="unbacked"`` the model is not asked
        #: when one of them already proposes a fix the code's contract backs.
        self.others = list(others)
        self.project = project
        self.ledger: UsageLedger = ledger if ledger is not None else MemoryLedger()
        self._client = client
        #: Every request and answer of the last :meth:`propose`, for the fix's record.
        self.transcript = Transcript()

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterable[Candidate]:
        """Candidates without the reproduction (the engine asks through
        :meth:`propose_reproduced` once the error is reproduced)."""
        return self._propose(site, analysis, None, None)

    def propose_reproduced(self, site: CrashSite, analysis: Analysis, test: str,
                           proposed: Sequence[Candidate]) -> list[Candidate]:
        """Candidates once the error is reproduced: ``test`` is the failing test, and
        ``proposed`` what the other strategies proposed (not generated again)."""
        return self._propose(site, analysis, test, list(proposed))

    def _propose(self, site: CrashSite, analysis: Analysis, test: str | None,
                 proposed: list[Candidate] | None) -> list[Candidate]:
        self.transcript = Transcript()
        if not self.settings.enabled:
            self.transcript.stopped.append("the language model is turned off for this project")
            return []
        if site.crash is None:
            self.transcript.stopped.append("no frame of the repository: nothing to show")
            return []
        if proposed is None:
            proposed = generate(site, analysis, self.others) if self.others else []
        if self.settings.ask == "unbacked":
            backed = [c for c in proposed if c.contract]
            if backed:
                self.transcript.stopped.append(
                    f"not asked: {backed[0].strategy} proposes a fix the code backs "
                    f"({backed[0].contract}); set ask=always to ask anyway")
                return []
        client = self._client if self._client is not None else make_client(self.settings)
        try:
            return self._candidates(site, analysis, client, proposed, test)
        finally:
            if client is not self._client:
                client.close()  # its connection pool; a given client is the caller's

    def _candidates(self, site: CrashSite, analysis: Analysis, client: ModelClient,
                    proposed: list[Candidate], test: str | None) -> list[Candidate]:
        # A matching guide is named, so the model can build on what is known of the error.
        guides = [f"`{c.guide_id}`: {c.description}" for c in proposed if c.guide_id]
        prompt = build_prompt(site, analysis, self.settings.send_code, guides, test)
        attempt = Attempt(self.settings, client, self.ledger, self.project, self.transcript)
        candidates: list[Candidate] = []
        for answer in attempt.answers(prompt.system, prompt.user):
            try:
                parsed = parse_answer(answer.text)
                if parsed.no_fix is not None:
                    answer.exchange.outcome = f"no fix: {parsed.no_fix[:200]}"
                    continue
                edits, originals = apply_answer(parsed, analysis.read)
            except AnswerRejected as rejected:
                answer.exchange.outcome = f"rejected: {rejected}"
                continue
            contract = cited_contract(parsed, analysis.read)
            summary = " ".join(scrub_text(parsed.summary).split())[:200]
            answer.exchange.outcome = "candidate" + ("" if contract else " (no contract cited)")
            candidates.append(Candidate(
                strategy=self.name,
                # The sample number keeps two answers' descriptions apart in the log.
                description=f"{summary} (proposed by {client.model}, sample {answer.sample})",
                edits=edits, originals=originals, contract=contract,
                plausibility=PLAUSIBILITY_BACKED if contract else PLAUSIBILITY_GUESS,
            ))
        return candidates


def after_reproduction(strategies: Sequence[Strategy], site: CrashSite,
                       analysis: Analysis, scenario: Scenario, root: Path,
                       proposed: Sequence[Candidate]) -> list[Candidate]:
    """The engine's candidates with the model's added, once the error is reproduced by
    ``scenario`` (its failing test goes into the prompt); most plausible first, each
    distinct change once."""
    test = reproduction_test(scenario, root)
    found = list(proposed)
    for strategy in strategies:
        try:
            propose = strategy.propose_reproduced  # type: ignore[attr-defined]
            found.extend(propose(site, analysis, test, proposed))
        except Exception as exc:  # as for any strategy: its bug must not hide the others
            log.warning("strategy %s failed: %s", strategy.name, exc)
    found.sort(key=lambda c: (-c.plausibility, c.size))
    return deduplicate(found)


def strategy_from_env(repo: Path, env: Mapping[str, str] | None = None,
                      others: Sequence[Strategy] = ()) -> LlmStrategy:
    """The strategy ``bugstack fix --llm`` adds: settings from ``BUGSTACK_LLM_*``, usage
    counted in ``<BUGSTACK_DATA_DIR>/llm-usage.json`` under the repository's name.

    Raises :class:`~bugstack.llm.settings.LlmConfigError` when the settings cannot work.
    """
    env = os.environ if env is None else env
    settings = LlmSettings.from_env(env)
    # Made once now (no request is sent) so a missing extra is bad input, not a silent skip.
    make_client(settings).close()
    data_dir = Path(env.get("BUGSTACK_DATA_DIR") or ".bugstack")
    return LlmStrategy(settings, project=f"cli:{repo.resolve().name}",
                       ledger=FileLedger(data_dir / "llm-usage.json"), others=others)


def record_transcript(proposal: FixProposal, strategy: LlmStrategy,
                      run_dir: Path | None = None) -> None:
    """Put what was sent to the model and what came back into the fix's checks (and the
    run directory), where a person reviewing the fix can read it."""
    record = strategy.transcript.to_json()
    record["settings"] = strategy.settings.to_json()
    proposal.checks["llm"] = record
    if run_dir is not None:
        run_dir.mkdir(parents=True, exist_ok=True)
        (run_dir / "llm.json").write_text(json.dumps(record, indent=2), encoding="utf-8")
