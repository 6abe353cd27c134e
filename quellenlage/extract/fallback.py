"""trafilatura's justext fallback, made ready once for a run of many pages.

When its own extractor finds little on a page (about one page in eight of the German corpus
pages), trafilatura asks justext, with one stop list joined from all of justext's ~100
languages' lists: about 150,000 words that ``trafilatura.external.jt_stoplist_init`` reads
and joins at that first use, which justext then lower-cases into a set once more
(``justext.core.define_stoplist``, cached per list). Together 0.2–0.3 s of CPU in every
process that meets such a page; with ``analyze --jobs`` or ``ingest``, in every worker.

:func:`preload_justext` does it before the workers fork, so they share it, and takes the
joined list from the user cache (:mod:`..buildcache`, keyed by the installed justext lists
and trafilatura's version): unpickled in a fraction of the time it takes to build. The list
is the one trafilatura would build (the same words; their order, which follows set
iteration, is used by nothing but the set justext makes of them), so no extraction changes.
"""

from __future__ import annotations

from pathlib import Path


def justext_stoplist() -> tuple[str, ...]:
    """trafilatura's joined justext stop list, installed where trafilatura looks for it."""
    import justext
    import trafilatura
    from trafilatura import external

    from ..buildcache import cached_build

    if external.JT_STOPLIST:
        return external.JT_STOPLIST
    folder = Path(justext.__file__).with_name("stoplists")
    stat = folder.stat()  # a reinstalled justext: another time stamp
    versions = f"justext {getattr(justext, '__version__', '?')} trafilatura {trafilatura.__version__}"
    words = cached_build("justext-stoplist", external.jt_stoplist_init, [],
                         extra=f"{folder} {stat.st_mtime_ns} {versions}")
    external.JT_STOPLIST = words
    return words


def preload_justext() -> None:
    """Build (or read back) the stop list and justext's set of it, as the first fallback would."""
    from justext.core import define_stoplist

    define_stoplist(justext_stoplist())
