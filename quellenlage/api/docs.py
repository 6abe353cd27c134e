"""``/docs``: the API reference, rendered on the server from the OpenAPI schema.

No Swagger UI from a CDN (the server may have no internet, and a docs page should
not load third-party code): the page lists every endpoint with its parameters,
request body types and answers, straight from ``app.openapi()``, and links the raw
schema at ``/openapi.json`` for tools.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..web.render import render

router = APIRouter(include_in_schema=False)


def _type(schema: dict[str, Any]) -> str:
    if "anyOf" in schema:
        return " | ".join(_type(s) for s in schema["anyOf"])
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "enum" in schema:
        return " | ".join(str(v) for v in schema["enum"])
    kind = schema.get("type", "any")
    bounds = [f"{k} {schema[k]}" for k in ("minimum", "maximum", "maxLength") if k in schema]
    return kind + (f" ({', '.join(bounds)})" if bounds else "")


def endpoints(spec: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for path, methods in spec.get("paths", {}).items():
        for method, op in methods.items():
            params = [{"name": p["name"], "in": p["in"], "required": p.get("required", False),
                       "type": _type(p.get("schema", {})),
                       "description": p.get("description") or p.get("schema", {}).get("description", "")}
                      for p in op.get("parameters", [])]
            body = list(op.get("requestBody", {}).get("content", {}))
            responses = [(code, r.get("description", "")) for code, r in op.get("responses", {}).items()]
            out.append({"method": method.upper(), "path": path, "summary": op.get("summary", ""),
                        "params": params, "body": body, "responses": responses,
                        "token": "write" in op.get("tags", [])})
    return out


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> HTMLResponse:
    spec = request.app.openapi()
    return HTMLResponse(render("docs.html", request_path="/docs", q="", writes=bool(request.app.state.token),
                               info=spec.get("info", {}), endpoints=endpoints(spec)))
