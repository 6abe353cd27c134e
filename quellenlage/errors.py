"""The one way an exception becomes one line for a user (stderr, the errors table, a JSON error).

Every layer reports failures as one line, never a traceback; they all take that line from
:func:`one_line`, which sits below every other module so that any of them may import it.
"""

from __future__ import annotations

BACKGROUND = " (Background on this error"  # SQLAlchemy appends a link to its docs after this


def one_line(exc: object, name: str | None = None, default: str | None = None) -> str:
    """The first line of what ``exc`` says.

    For a SQLAlchemy error it is what the database said (``exc.orig``), without SQLAlchemy's
    link to its docs; ``name: `` in front (an input's name the raiser already put there) is
    dropped. When ``exc`` says nothing: ``default``, else the name of its type.
    """
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip() if exc is not None else ""
    if not text:
        return default if default is not None else type(exc).__name__
    line = text.splitlines()[0].split(BACKGROUND)[0]
    return line.removeprefix(f"{name}: ") if name else line
