"""The one web application: the REST API under /api, OpenAPI at /docs, the web pages at /."""

from __future__ import annotations

import os
import threading
from functools import cache

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from fastapi_offline import FastAPIOffline
from starlette.types import ASGIApp, Receive, Scope, Send

from propos import __version__
from propos.interfaces.api.config import ApiSettings
from propos.interfaces.api.routes import router
from propos.store import Store


class BodyLimit:
    """Refuse a request body over the limit with 413, before anything reads it whole."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app = app
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body):
            await self._refuse(scope, receive, send)
            return
        seen = 0

        async def counting_receive():
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                raise _TooLarge
            return message

        try:
            await self.app(scope, counting_receive, send)
        except _TooLarge:
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope, receive, send) -> None:
        response = JSONResponse({"detail": f"the request body is over the limit of {self.max_body} bytes"}, 413)
        await response(scope, receive, send)


class _TooLarge(Exception):
    pass


def create_app(store: Store | None = None, *, settings: ApiSettings | None = None, web: bool = True) -> FastAPI:
    settings = settings or ApiSettings.load()
    # /docs and /redoc with their scripts served by this server: FastAPI's own pages load them from a CDN,
    # which an offline server cannot reach.
    app = FastAPIOffline(title="propos", version=__version__,
                         description="Who said what, about whom, when — and who stands where, in French news.")
    app.state.store = store or Store.open(os.environ.get("PROPOS_DB"))
    app.state.settings = settings

    @cache
    def analyzer():
        from propos.analysis import Analyzer

        return Analyzer("fr")

    app.state.analyzer = analyzer
    app.state.analysis_lock = threading.Lock()  # one spaCy pipeline, shared by the worker threads
    app.include_router(router)
    if web:
        from propos.interfaces.web import mount

        mount(app)
    app.add_middleware(BodyLimit, max_body=settings.max_body)
    return app
