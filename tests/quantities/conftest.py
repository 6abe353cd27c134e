"""Helpers shared by the quantity tests: compare found figures with a compact expectation."""

from __future__ import annotations

from typing import Any

from quellenlage.document import Quantity


def check(found: list[Quantity], expected: list[dict[str, Any]]) -> None:
    """Each expected dict names only the fields it cares about; the count must match."""
    got = [
        {
            k: getattr(q, k)
            for k in ("text", "value", "lower", "upper", "approx", "unit", "unit_lemma", "currency")
        }
        for q in found
    ]
    assert len(found) == len(expected), f"expected {len(expected)} figures, got {got}"
    for q, exp in zip(got, expected, strict=True):
        for key, want in exp.items():
            have = q[key]
            if isinstance(want, float | int) and not isinstance(want, bool) and have is not None:
                assert abs(have - want) <= 1e-9 * max(1.0, abs(want)), f"{key}: {have} != {want} in {got}"
            else:
                assert have == want, f"{key}: {have!r} != {want!r} in {got}"
