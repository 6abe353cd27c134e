"""Quellenlage: who claims what in the news, how sure they are, with which figures.

>>> from quellenlage import analyze
>>> doc = analyze("Der Kreml wies die Berichte als unbelegt zurück.")  # doctest: +SKIP
>>> doc.to_dict()["claims"]  # doctest: +SKIP
"""

from .document import Document
from .pipeline import Pipeline, analyze

__version__ = "0.1.0"
__all__ = ["Document", "Pipeline", "analyze", "__version__"]
