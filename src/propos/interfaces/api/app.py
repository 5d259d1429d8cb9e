"""The one web application: the REST API under /api, OpenAPI at /docs, the web pages at /."""

from __future__ import annotations

import json
import os
import threading
from functools import cache

from fastapi import FastAPI
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi_offline import FastAPIOffline
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send

from propos import __version__
from propos.interfaces.api.config import ApiSettings
from propos.interfaces.api.docs import add_redoc
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
        # Read the body here, up to the limit, and hand it on whole: a chunked body has no length to check
        # first, and an error raised while the framework reads would come out as 400, not 413.
        chunks, seen, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            seen += len(chunks[-1])
            if seen > self.max_body:
                await self._refuse(scope, receive, send)
                return
            more = message.get("more_body", False)
        body, delivered = b"".join(chunks), False

        async def replay():
            nonlocal delivered
            if delivered:
                return await receive()
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, scope, receive, send) -> None:
        response = JSONResponse({"detail": f"the request body is over the limit of {self.max_body} bytes"}, 413)
        await response(scope, receive, send)


async def _validation_error(request, exc: RequestValidationError) -> Response:
    """422 with the errors; ASCII JSON, so a lone surrogate in the input cannot break the answer itself.
    A web page's bad parameter gets a page, not JSON."""
    if request.app.state.web and not request.url.path.startswith("/api"):
        from propos.interfaces.web.pages import bad_request

        return bad_request(request, exc.errors())
    body = json.dumps({"detail": jsonable_encoder(exc.errors())}, ensure_ascii=True)
    return Response(body, status_code=422, media_type="application/json")


def create_app(store: Store | None = None, *, settings: ApiSettings | None = None, web: bool = True) -> FastAPI:
    settings = settings or ApiSettings.load()
    # /docs and /redoc with their scripts served by this server: FastAPI's own pages load them from a CDN,
    # which an offline server cannot reach.
    app = FastAPIOffline(title="propos", version=__version__, redoc_url=None,
                         description="Who said what, about whom, when — and who stands where, in French news.")
    add_redoc(app)
    app.state.store = store or Store.open(os.environ.get("PROPOS_DB"))
    app.state.settings = settings
    app.state.web = web

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
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_middleware(BodyLimit, max_body=settings.max_body)
    if settings.allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(settings.allowed_hosts))
    return app
