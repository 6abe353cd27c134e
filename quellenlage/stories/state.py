"""Persisting the incremental state compactly, and forgetting what can no longer matter.

The store saves the connect state after every ingest batch, so its size matters. Two
measures keep it bounded however many articles the store holds:

* **compact signatures** — a MinHash signature is written as base64 of its little-endian
  32-bit values (684 characters for 128 permutations instead of ~1,400 as a JSON list);
* **retention** — syndicated copies appear within days of their original, and an article
  can only join a story active in the last ``window_days`` (a developing story: its last
  ``arc_days``); so the state keeps only articles dated within ``RETAIN_DAYS`` of the newest
  article, stories as long as a developing story may continue them, plus the most recent
  ``RETAIN_UNDATED`` undated ones. Forgotten stories stay in the store; a later article on
  the same subject starts a new story.
"""

from __future__ import annotations

import base64
import zlib
from collections.abc import Iterable
from datetime import date, timedelta
from functools import cache

import numpy as np
from datasketch import MinHash

RETAIN_DAYS = 45
RETAIN_UNDATED = 5000


SCHEME = "affine32"


def hash32(data: bytes) -> int:
    """CRC-32 of a shingle: a C-speed 32-bit hash, stable across processes (unlike ``hash()``)."""
    return zlib.crc32(data)


@cache
def _permutations(num_perm: int, seed: int) -> tuple:
    return MinHash(num_perm=num_perm, seed=seed, scheme=SCHEME).permutations


def new_minhash(num_perm: int, seed: int, hashvalues: np.ndarray | None = None) -> MinHash:
    """A MinHash sharing its permutation parameters with every other of the same size and seed
    (datasketch would draw them again for each signature, which costs more than hashing a text)."""
    return MinHash(num_perm=num_perm, seed=seed, hashfunc=hash32, hashvalues=hashvalues,
                   permutations=_permutations(num_perm, seed), scheme=SCHEME)


def encode_signature(m: MinHash) -> str:
    return base64.b64encode(np.asarray(m.hashvalues, dtype="<u4").tobytes()).decode("ascii")


def decode_signature(data: str | list[int], num_perm: int, seed: int) -> MinHash:
    """A signature from :func:`encode_signature` (or, from older states, a plain list of ints)."""
    if isinstance(data, str):
        values = np.frombuffer(base64.b64decode(data), dtype="<u4").astype(np.uint32)
    else:
        values = np.array(data, dtype=np.uint32)
    return new_minhash(num_perm, seed, values)


def retained(items: Iterable[tuple[str, date | None, int]], days: int = RETAIN_DAYS,
             undated: int = RETAIN_UNDATED) -> set[str]:
    """Ids to keep from ``(id, date, seen order)``: dated within ``days`` of the newest date,
    or among the ``undated`` most recently seen undated ones."""
    items = list(items)
    dates = [d for _, d, _ in items if d is not None]
    cutoff = max(dates) - timedelta(days=days) if dates else None
    undated_seen = sorted((s for _, d, s in items if d is None), reverse=True)[:undated]
    min_seen = undated_seen[-1] if undated_seen else None
    keep = set()
    for key, d, seen in items:
        if d is not None:
            if cutoff is None or d >= cutoff:
                keep.add(key)
        elif min_seen is not None and seen >= min_seen:
            keep.add(key)
    return keep
