"""Do as the sibling code does: the value that crashed is handled right one function away.

Real code often has the right handling of a value already; the crash is the one place
that forgot it. When sibling code of the same package handles an analogous value (the
same field, attribute or key, a mapping of the same name and annotation, the same
response header) through a project function, and that function's contract covers the
value the crash captured, the crashing expression is rewritten to use the function the
same way:

* ``analogous_reads``: a value read as a mapping that came as its id string
  (``customer["id"]`` -> ``id_of(customer)``, as ``parse_refund`` reads ``charge``);
* ``analogous_operands``: a datetime compared with a date where siblings compare the
  same attribute through the project's converter (``shop_day(o.placed_at) >= first_day``
  rather than the obvious ``.date()``, which takes another day);
* ``analogous_headers``: a header written by hand that the codec refuses, where siblings
  write the same header with the helper documented for it (``attachment(...)``);
* ``analogous_json_values``: a value JSON cannot encode where siblings write the same key
  through a project helper (``to_cents(amount)`` for a Decimal ``amount_cents``).

The sibling's own helper for a failing conversion (``parse_amount`` for ``Decimal(...)``)
is ``sibling_helpers``' business. Siblings that disagree, or a helper whose contract
does not cover the value, back nothing, and nothing is proposed.
"""

from __future__ import annotations

from collections.abc import Iterator

from bugstack.domain import CrashSite
from bugstack.repair.analyse import Analysis
from bugstack.repair.candidates.analogous_headers import analogous_headers
from bugstack.repair.candidates.analogous_json_values import analogous_json_values
from bugstack.repair.candidates.analogous_operands import analogous_operands
from bugstack.repair.candidates.analogous_reads import analogous_reads
from bugstack.repair.candidates.base import Candidate

__all__ = ["AnalogousHandling"]


class AnalogousHandling:
    name = "analogous-handling"

    def propose(self, site: CrashSite, analysis: Analysis) -> Iterator[Candidate]:
        if analysis.crash is None or analysis.statement is None or analysis.tree is None \
                or analysis.function is None or analysis.statement is analysis.function:
            return
        for shape in (analogous_reads, analogous_operands, analogous_headers,
                      analogous_json_values):
            yield from shape(analysis, self.name)
