"""English: the word lists beside this file are data; :mod:`.claims` (word order around a
reporting verb, with its readers in :mod:`.claim_clauses`) and :mod:`.phrases` (how a noun
phrase is written) are the English answers to the interfaces of :mod:`quellenlage.claims.language`;
:mod:`.quantities` answers :mod:`quellenlage.lang.quantities` (how figures are written)."""
