"""REST API (FastAPI): read endpoints over the store, `POST /api/articles` behind a bearer token."""

from propos.interfaces.api.app import create_app

__all__ = ["create_app"]
