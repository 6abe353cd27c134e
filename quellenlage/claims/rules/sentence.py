"""One sentence under the reporting-cue rule: its clause segments, its cues, and what
they have claimed so far.

The cues of a sentence are read one after another and share what the earlier ones
decided (which segments a claim already owns, relays waiting for the next claim); this
record carries that between the steps of :mod:`.reported`, :mod:`.verbs` and
:mod:`.markers`, so no step needs a long argument list or a flag of another.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...document import Sentence, Token
from ..clauses import Cue, Seg
from ..core import Draft
from ..lexicon import Lexicon
from ..state import ClaimState


@dataclass
class ReportedSentence:
    """Sentence ``i`` while its cues are read.

    ``made`` holds the claims found so far; they are added to the state only when every
    cue has been read, so that a later cue can still find its host claim among them.
    ``owned`` is the last segment that one of them owns (-1: none yet).
    ``pending_via`` collects relays (a medium spoken to, a report reporting a report) for
    the next claim made.
    """

    state: ClaimState
    i: int
    toks: list[Token]
    segs: list[Seg]
    cues: list[Cue]
    made: list[Draft] = field(default_factory=list)
    owned: int = -1
    pending_via: list[str] = field(default_factory=list)

    @property
    def lex(self) -> Lexicon:
        return self.state.lex

    @property
    def text(self) -> str:
        return self.state.text

    @property
    def sentence(self) -> Sentence:
        return self.state.sents[self.i]

    def word(self, k: int) -> str:
        """Token ``k`` in lower case."""
        return self.toks[k].text.lower()

    def first_word(self, n: int) -> str:
        """The first word of segment ``n`` in lower case ("" past the last segment)."""
        return self.word(self.segs[n].lo) if n < len(self.segs) else ""

    def start_of(self, n: int) -> int:
        """Text offset where segment ``n`` begins."""
        return self.toks[self.segs[n].lo].start

    def end_of(self, n: int) -> int:
        """Text offset where segment ``n`` ends."""
        return self.toks[self.segs[n].hi - 1].end

    def draft(self, start: int, end: int, cstart: int, cend: int, mode: str = "indirect", **kw) -> Draft:
        """A draft of this sentence."""
        return Draft(start, end, cstart, cend, mode, sentence=self.i, paragraph=self.sentence.paragraph, **kw)
