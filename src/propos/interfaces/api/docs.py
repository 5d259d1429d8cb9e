"""/redoc without anything from outside: ReDoc's bundled script (from fastapi-offline) draws a « Redocly »
logo it fetches from cdn.redoc.ly, so the script is served with that address pointed at our own icon."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html
from fastapi.responses import HTMLResponse, Response

REDOC_URL = "/redoc"
_SCRIPT_URL = "/redoc-assets/redoc.standalone.js"  # not under the static mount, which would answer first
_OUTSIDE_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"
_LOCAL_LOGO = "/static-offline-docs/favicon.png"


@cache
def _local_script() -> bytes:
    import fastapi_offline

    script = Path(fastapi_offline.__file__).with_name("static") / "redoc.standalone.js"
    return script.read_text(encoding="utf-8").replace(_OUTSIDE_LOGO, _LOCAL_LOGO).encode("utf-8")


def add_redoc(app: FastAPI) -> None:
    """Call on an app built with `FastAPIOffline(redoc_url=None)`."""

    @app.get(_SCRIPT_URL, include_in_schema=False)
    def redoc_script() -> Response:
        return Response(_local_script(), media_type="text/javascript",
                        headers={"Cache-Control": "public, max-age=86400"})

    @app.get(REDOC_URL, include_in_schema=False)
    def redoc_page(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_redoc_html(openapi_url=f"{root}{app.openapi_url}", title=f"{app.title} - ReDoc",
                              redoc_js_url=f"{root}{_SCRIPT_URL}", with_google_fonts=False,
                              redoc_favicon_url=f"{root}/static-offline-docs/favicon.png")
