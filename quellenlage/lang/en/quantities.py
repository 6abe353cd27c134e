"""How English writes figures, as the figure reader needs to know it.

Number words form a sequence that must make one number: each additive part smaller than
the one before and nothing added after a unit ("twenty-five", "two hundred and fifty";
"five six" and "two three" read as the first word). A year may stand before a singular noun ("the
2017 report"). Ordinals carry a suffix ("15th"), never a dot, and the counted noun is found
by its plural ending (:class:`~quellenlage.lang.quantities.QuantityLanguage`, from the
endings in ``quantity_contexts.toml``).
"""

from __future__ import annotations

from ..quantities import QuantityLanguage


class English(QuantityLanguage):
    """Descending number-word sequences; years before singular nouns."""

    def part_rank(self, value: float) -> float:
        return value

    def year_before_noun(self, counted_plural: bool) -> bool:
        """ "the 2017 report": before a singular noun a four-digit number is a year."""
        return not counted_plural
