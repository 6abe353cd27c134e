"""English: the word lists beside this file are data; :mod:`.claims` is the English answer
to what the claim rules ask of a language (:class:`quellenlage.claims.language.ClaimLanguage`)."""
