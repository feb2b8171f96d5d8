"""Stage 4: candidate fixes from strategies behind one interface."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.absent_terms import AbsentTermOfMax
from bugstack.repair.candidates.analogous_dict_values import AnalogousDictValue
from bugstack.repair.candidates.analogous_handling import AnalogousHandling
from bugstack.repair.candidates.async_await import MissingAwait
from bugstack.repair.candidates.base import Candidate, Strategy, deduplicate, unified_diff
from bugstack.repair.candidates.blank_constants import BlankToDocumentedConstant
from bugstack.repair.candidates.blank_field_constants import BlankFieldDocumentedConstant
from bugstack.repair.candidates.blank_json import BlankJsonIsNothingSaved
from bugstack.repair.candidates.blank_to_none_takers import BlankTextForNoneTakingParameter
from bugstack.repair.candidates.blank_values import BlankPastNoneCheck, BlankValue
from bugstack.repair.candidates.borrowed_backing import respect_the_functions_own_words
from bugstack.repair.candidates.byte_order_marks import ByteOrderMarkDropped
from bugstack.repair.candidates.case_insensitive_patterns import DocumentedCaseInsensitivePattern
from bugstack.repair.candidates.chunked_decoding import IncrementalDecoding
from bugstack.repair.candidates.clock_fields import LeadingClockField
from bugstack.repair.candidates.closed_handles import WriteInsideTheWithBlock
from bugstack.repair.candidates.collection_envelopes import SiblingCollectionEnvelope
from bugstack.repair.candidates.conventions import FrameworkConventions
from bugstack.repair.candidates.csv_extra_fields import ExtraFieldsLeftOut
from bugstack.repair.candidates.csv_short_rows import ShortRowsEmptyCells
from bugstack.repair.candidates.decimal_loaders import DecimalLoader
from bugstack.repair.candidates.decimal_returns import DecimalHelperDivision
from bugstack.repair.candidates.declared_none_values import DeclaredNoneValue
from bugstack.repair.candidates.django_field_names import DjangoFieldNames
from bugstack.repair.candidates.django_pages import PageFallsBackToLast
from bugstack.repair.candidates.documented import respect_documented_alternative
from bugstack.repair.candidates.documented_aliases import DocumentedAlias
from bugstack.repair.candidates.documented_messages import DocumentedMessageForNone
from bugstack.repair.candidates.documented_raises import respect_documented_raise
from bugstack.repair.candidates.documented_refusals import DocumentedRefusal
from bugstack.repair.candidates.documented_statuses import respect_documented_status
from bugstack.repair.candidates.dropped_fields import DroppedFieldAsZero
from bugstack.repair.candidates.duration_units import DurationUnits
from bugstack.repair.candidates.empty_aggregates import EmptyAggregate
from bugstack.repair.candidates.empty_bodies import EmptyBodyAcknowledged
from bugstack.repair.candidates.empty_guards import EmptyGuard
from bugstack.repair.candidates.empty_unpacking import EmptyUnpackingToNone
from bugstack.repair.candidates.enum_case import EnumLetterCase
from bugstack.repair.candidates.excluded_divisors import ExcludedDivisors
from bugstack.repair.candidates.exhausted_iterators import ExhaustedIterator
from bugstack.repair.candidates.field_answers import FieldAnswersTheNoneCase
from bugstack.repair.candidates.file_placeholders import FilePlaceholder
from bugstack.repair.candidates.filtered_accessors import FilteredAccessor
from bugstack.repair.candidates.form_cross_checks import FormCrossCheck
from bugstack.repair.candidates.format_fallbacks import FormatFallbacks
from bugstack.repair.candidates.generic_backing import respect_the_apps_words
from bugstack.repair.candidates.guides import GuideStrategy
from bugstack.repair.candidates.heap_ties import HeapTieBreaker
from bugstack.repair.candidates.hex_digests import HexDigestDocumented
from bugstack.repair.candidates.hours_past_midnight import HoursPastMidnight
from bugstack.repair.candidates.http_dates import HttpDateDelay
from bugstack.repair.candidates.idempotent_inserts import IdempotentInsert
from bugstack.repair.candidates.identity_defaults import KeyStandsForItself
from bugstack.repair.candidates.identity_rates import IdentityRate
from bugstack.repair.candidates.inverse_cases import InverseSpecialCase
from bugstack.repair.candidates.iso_timestamps import IsoTimestampParsed
from bugstack.repair.candidates.json_int_keys import JsonIntKeys
from bugstack.repair.candidates.key_case import KeyInTableCase
from bugstack.repair.candidates.latest_before import LatestOnOrBefore
from bugstack.repair.candidates.lazy_sequences import LazySequence
from bugstack.repair.candidates.leap_days import LeapDayInCommonYear
from bugstack.repair.candidates.legacy_formats import LegacyJoinedFormat
from bugstack.repair.candidates.legacy_idioms import LegacyIdioms
from bugstack.repair.candidates.literal_patterns import LiteralPattern
from bugstack.repair.candidates.loop_runners import AwaitInsteadOfLoopRunner
from bugstack.repair.candidates.malformed_lookups import MalformedLookupNotFound
from bugstack.repair.candidates.missing_key import MissingKey
from bugstack.repair.candidates.missing_return import MissingReturn
from bugstack.repair.candidates.missing_split_fields import MissingSplitField
from bugstack.repair.candidates.module_classes import ModuleClassMember
from bugstack.repair.candidates.month_ends import MonthEndClamp
from bugstack.repair.candidates.month_rollover import MonthRollsOverToJanuary
from bugstack.repair.candidates.moved_names import MovedName
from bugstack.repair.candidates.names import NameResolution
from bugstack.repair.candidates.none_formats import NoneFormattedAsNumber
from bugstack.repair.candidates.none_guard import NoneGuard
from bugstack.repair.candidates.none_input_fields import NoneInputLeavesFieldNone
from bugstack.repair.candidates.none_taking_parameters import (
    ItemForNoneTakingParameter,
    none_answers_taken,
)
from bugstack.repair.candidates.normalised_keys import NormalisedTableKey
from bugstack.repair.candidates.normalised_lookups import NormalisedLookup
from bugstack.repair.candidates.null_deletes import NullDeletesKey
from bugstack.repair.candidates.null_fields import DocumentedNullField
from bugstack.repair.candidates.null_fields_of_none import NullFieldsOfNone
from bugstack.repair.candidates.one_based_accessors import OneBasedAccessor
from bugstack.repair.candidates.open_bounds import BlankBoundNoLimit
from bugstack.repair.candidates.open_ended_ranges import OpenEndedRange
from bugstack.repair.candidates.operands import OperandTypes
from bugstack.repair.candidates.optional_arguments import DocumentedOptionalArgument
from bugstack.repair.candidates.optional_file import OptionalFile
from bugstack.repair.candidates.optional_fraction import OptionalFraction
from bugstack.repair.candidates.optional_groups import DocumentedOptionalGroup
from bugstack.repair.candidates.optional_items import OptionalItem
from bugstack.repair.candidates.overflow_caps import OverflowPastCap
from bugstack.repair.candidates.pairwise_gaps import PairsAcrossGaps
from bugstack.repair.candidates.placeholder_answers import DocumentedPlaceholderAnswer
from bugstack.repair.candidates.project_none_answers import respect_the_projects_none_answers
from bugstack.repair.candidates.quoted_csv_fields import QuotedCsvFields
from bugstack.repair.candidates.recursion import SelfRecursion
from bugstack.repair.candidates.refused_alike import RefusedAlike
from bugstack.repair.candidates.refused_keys import respect_refused_key
from bugstack.repair.candidates.renamed_attributes import RenamedModuleAttribute
from bugstack.repair.candidates.report_placeholders import PlaceholderInReportLine
from bugstack.repair.candidates.rescaled_weights import WeightsRescaledWithoutNone
from bugstack.repair.candidates.route_converters import RouteConverterWidened
from bugstack.repair.candidates.safe_filenames import SafeFileName
from bugstack.repair.candidates.seen_sets import SeenSetKeptCurrent
from bugstack.repair.candidates.sentinel_skips import DocumentedPlaceholderSkipped
from bugstack.repair.candidates.serialisation import (
    DocumentedContainers,
    respect_documented_containers,
)
from bugstack.repair.candidates.setting_types import SettingTypes
from bugstack.repair.candidates.sibling_accessors import SiblingAccessor
from bugstack.repair.candidates.sibling_answers import respect_sibling_answers
from bugstack.repair.candidates.sibling_arguments import SiblingArgument
from bugstack.repair.candidates.sibling_fallbacks import SiblingFieldFallback
from bugstack.repair.candidates.sibling_get_defaults import SiblingGetDefault
from bugstack.repair.candidates.sibling_guards import SiblingGuardedDivisor
from bugstack.repair.candidates.sibling_helpers import SiblingHelper
from bugstack.repair.candidates.sibling_or_fallbacks import SiblingOrFallback
from bugstack.repair.candidates.sign_in import SignInRequired
from bugstack.repair.candidates.skips import respect_documented_skips
from bugstack.repair.candidates.sort_keys import NoneSortKey
from bugstack.repair.candidates.split_unpacking import SplitUnpacking
from bugstack.repair.candidates.stripped_padding import StrippedPadding
from bugstack.repair.candidates.text_arguments import TextToDeclaredNumber
from bugstack.repair.candidates.text_bytes import TextToBytes
from bugstack.repair.candidates.thousands_constants import ThousandsConstantDropped
from bugstack.repair.candidates.thousands_separators import DocumentedThousandsSeparator
from bugstack.repair.candidates.trailing_newline import TrailingNewlineEndsLastLine
from bugstack.repair.candidates.typed_dict_keys import TypedDictKeyRenamed
from bugstack.repair.candidates.unbound import UnboundLocal
from bugstack.repair.candidates.unbounded_none import UnboundedNone
from bugstack.repair.candidates.unchecked_forms import (
    UncheckedFormValidation,
    respect_unchecked_validation,
)
from bugstack.repair.candidates.unconstrained_terms import UnconstrainedMinTerm
from bugstack.repair.candidates.unhashable_arguments import UnhashableArgument
from bugstack.repair.candidates.unknown_fields import UnknownFieldsIgnored
from bugstack.repair.candidates.unknown_value_fallbacks import UnknownValueFallback
from bugstack.repair.candidates.unlisted_labels import UnlistedLabel
from bugstack.repair.candidates.unset_settings import UnsetSettingDefault
from bugstack.repair.candidates.unticked_checkboxes import UntickedCheckbox
from bugstack.repair.candidates.unused_stand_ins import UnusedStandIn
from bugstack.repair.candidates.verbatim_text import VerbatimTextAppended
from bugstack.repair.candidates.wrap_around import WrapAround
from bugstack.repair.candidates.zero_divisor_answers import DocumentedZeroDivisorAnswer

__all__ = [
    "Candidate",
    "Strategy",
    "deduplicate",
    "default_strategies",
    "generate",
    "unified_diff",
]

log = logging.getLogger(__name__)


def default_strategies() -> list[Strategy]:
    return [GuideStrategy(), NoneGuard(), MissingKey(), EmptyGuard(), NameResolution(),
            ExcludedDivisors(), PairsAcrossGaps(), DecimalHelperDivision(),
            RefusedAlike(), MovedName(), LazySequence(), OptionalItem(),
            TypedDictKeyRenamed(),
            NormalisedTableKey(),
            OperandTypes(), MissingAwait(), UnboundLocal(), FrameworkConventions(),
            SelfRecursion(), NoneSortKey(), LegacyIdioms(), BlankValue(), TextToBytes(),
            MissingReturn(), OptionalFile(), SettingTypes(), BlankPastNoneCheck(),
            ExhaustedIterator(), DocumentedContainers(), SplitUnpacking(),
            UnhashableArgument(), DjangoFieldNames(), AwaitInsteadOfLoopRunner(),
            SiblingHelper(), SiblingAccessor(), AnalogousHandling(), RenamedModuleAttribute(),
            SignInRequired(),
            BlankToDocumentedConstant(), MalformedLookupNotFound(), StrippedPadding(),
            OptionalFraction(), EmptyAggregate(), PageFallsBackToLast(),
            SiblingArgument(), FormatFallbacks(),
            DocumentedThousandsSeparator(), TextToDeclaredNumber(), BlankBoundNoLimit(),
            JsonIntKeys(), NormalisedLookup(),
            SeenSetKeptCurrent(), SiblingFieldFallback(), DocumentedOptionalGroup(),
            LiteralPattern(), FormCrossCheck(), MonthEndClamp(), EmptyBodyAcknowledged(),
            DurationUnits(), NoneFormattedAsNumber(), ModuleClassMember(), SafeFileName(),
            MissingSplitField(), LegacyJoinedFormat(), HttpDateDelay(),
            ShortRowsEmptyCells(), UnsetSettingDefault(), HexDigestDocumented(),
            VerbatimTextAppended(),
            ExtraFieldsLeftOut(),
            HeapTieBreaker(), KeyInTableCase(), UntickedCheckbox(), FilePlaceholder(),
            EnumLetterCase(), FilteredAccessor(), DecimalLoader(), UnknownFieldsIgnored(),
            IdempotentInsert(), UnknownValueFallback(), BlankJsonIsNothingSaved(),
            DocumentedPlaceholderSkipped(), EmptyUnpackingToNone(),
            IsoTimestampParsed(), IncrementalDecoding(),
            DroppedFieldAsZero(), RouteConverterWidened(),
            OpenEndedRange(), NullDeletesKey(), OverflowPastCap(),
            MonthRollsOverToJanuary(), TrailingNewlineEndsLastLine(),
            ThousandsConstantDropped(), SiblingOrFallback(), AnalogousDictValue(),
            QuotedCsvFields(), SiblingCollectionEnvelope(), ByteOrderMarkDropped(),
            WriteInsideTheWithBlock(),
            DocumentedCaseInsensitivePattern(), LeapDayInCommonYear(), LatestOnOrBefore(),
            WrapAround(), KeyStandsForItself(), SiblingGuardedDivisor(),
            HoursPastMidnight(), IdentityRate(), DocumentedZeroDivisorAnswer(),
            LeadingClockField(), UnusedStandIn(), AbsentTermOfMax(), NoneInputLeavesFieldNone(),
            BlankTextForNoneTakingParameter(), BlankFieldDocumentedConstant(),
            PlaceholderInReportLine(), OneBasedAccessor(), FieldAnswersTheNoneCase(),
            WeightsRescaledWithoutNone(), InverseSpecialCase(),
            DocumentedMessageForNone(), DocumentedOptionalArgument(),
            DocumentedAlias(), UncheckedFormValidation(), UnboundedNone(),
            DocumentedRefusal(), UnlistedLabel(), DocumentedNullField(),
            UnconstrainedMinTerm(), DeclaredNoneValue(), SiblingGetDefault(),
            ItemForNoneTakingParameter(), NullFieldsOfNone(), DocumentedPlaceholderAnswer()]


def generate(
    site: CrashSite, analysis: Analysis, strategies: Iterable[Strategy] | None = None
) -> list[Candidate]:
    """Every strategy's candidates, most plausible first, without duplicates."""
    found: list[Candidate] = []
    for strategy in strategies if strategies is not None else default_strategies():
        try:
            found.extend(strategy.propose(site, analysis))
        except Exception as exc:  # a template's bug must not hide the other templates
            log.warning("strategy %s failed: %s", strategy.name, exc)
    found = respect_documented_alternative(found, analysis)
    found = respect_documented_skips(found, site, analysis)
    found = respect_documented_containers(found, analysis)
    found = respect_documented_raise(found, analysis)
    found = respect_unchecked_validation(found, site)
    found = respect_refused_key(found, analysis)
    found = respect_documented_status(found, site, analysis)
    found = respect_the_apps_words(found, analysis)
    found = respect_sibling_answers(found, analysis)
    found = respect_the_projects_none_answers(found, analysis)
    found = respect_the_functions_own_words(found, analysis)
    found = none_answers_taken(found, analysis)
    found.sort(key=lambda c: (-c.plausibility, c.size))
    return deduplicate(found)
