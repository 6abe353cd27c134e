"""The claim rules, one module each. The order in which they run is ``RULES`` in
:mod:`quellenlage.claims.engine`: read that list first.

Each rule is a function ``rule(state, i)`` that reads sentence ``i`` of the
:class:`~quellenlage.claims.state.ClaimState` and adds drafts to it; no rule calls another.
Rules import from the layers below them (core, state, readers, languages), never from
:mod:`~quellenlage.claims.engine` and never from each other, except that quotation and
continuation share :func:`.continuation.run_speaker`.
"""
