"""API settings: environment first, then `[api]` in the per-user config file (config.toml)."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MAX_BODY = 5_000_000  # bytes; the analyser's own limit is in characters (PROPOS_MAX_CHARS)


def config_path() -> Path:
    from platformdirs import user_config_path

    return Path(os.environ.get("PROPOS_CONFIG") or user_config_path("propos", appauthor=False) / "config.toml")


@dataclass(frozen=True)
class ApiSettings:
    token: str | None = None          # no token: the API is read-only
    max_body: int = DEFAULT_MAX_BODY
    allowed_hosts: tuple[str, ...] = ()  # Host headers answered (against DNS rebinding); empty: any

    @classmethod
    def load(cls) -> ApiSettings:
        section: dict = {}
        path = config_path()
        if path.is_file():
            with path.open("rb") as f:
                section = tomllib.load(f).get("api", {})
        token = os.environ.get("PROPOS_API_TOKEN") or section.get("token") or None
        max_body = int(os.environ.get("PROPOS_API_MAX_BODY") or section.get("max_body") or DEFAULT_MAX_BODY)
        hosts = os.environ.get("PROPOS_API_ALLOWED_HOSTS")
        allowed = tuple(h.strip() for h in hosts.split(",") if h.strip()) if hosts else tuple(
            section.get("allowed_hosts", ()))
        return cls(token=token, max_body=max_body, allowed_hosts=allowed)


LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")


def hosts_for(bind_host: str) -> tuple[str, ...]:
    """A server bound to loopback answers only loopback names: a page of another site that rebinds its own
    name to 127.0.0.1 cannot read it. Bound elsewhere, the names are the operator's to set."""
    import ipaddress

    try:
        loopback = ipaddress.ip_address(bind_host.strip("[]")).is_loopback
    except ValueError:
        loopback = bind_host == "localhost"
    return LOOPBACK_NAMES if loopback else ()
