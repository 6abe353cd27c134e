"""Write access: a token set at start-up (``--token`` or ``QUELLENLAGE_TOKEN``).

Without a configured token the server is read-only and every write answers 403.
The token is sent as ``Authorization: Bearer <token>`` (or ``X-Quellenlage-Token``)
and compared in constant time (:func:`hmac.compare_digest`), so response timing
tells nothing about how much of a guess was right.
"""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request


def presented_token(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    scheme, _, value = auth.partition(" ")
    if scheme.lower() == "bearer" and value.strip():
        return value.strip()
    return request.headers.get("x-quellenlage-token")


def require_token(request: Request) -> None:
    """FastAPI dependency of every write endpoint."""
    expected: str | None = request.app.state.token
    if not expected:
        raise HTTPException(403, "this server is read-only: start it with --token (or QUELLENLAGE_TOKEN) "
                                 "to allow writes")
    given = presented_token(request)
    if given is None:
        raise HTTPException(401, "writes need a token: send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8")):
        raise HTTPException(403, "wrong token")
