"""Bytes to text: refuse binary data, detect the encoding of non-UTF-8 input, never guess silently."""

from __future__ import annotations

from charset_normalizer import from_bytes

from propos.errors import Errors, ProposError

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and chr(b) not in _CONTROL_OK)
    return len(head) > 0 and controls / len(head) > 0.05


def decode_bytes(data: bytes, *, source: str | None = None) -> str:
    if looks_binary(data):
        raise ProposError(Errors.E002, source=source)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ProposError(Errors.E003, source=source)
    return str(best)
