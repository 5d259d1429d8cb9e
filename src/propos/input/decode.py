"""Bytes to text: refuse binary data, detect the encoding of non-UTF-8 input, never guess silently."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from propos.errors import Errors, ProposError

_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and chr(b) not in _CONTROL_OK)
    return len(head) > 0 and controls / len(head) > 0.05


# A byte-order mark names the encoding outright; UTF-16/32 text is full of NUL bytes, so it is read before
# the binary test. UTF-32 first: its little-endian mark begins with UTF-16's.
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def _decode_with_bom(data: bytes, source: str | None) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise ProposError(Errors.E003, source=source) from None
    return None


def decode_bytes(data: bytes, *, source: str | None = None) -> str:
    marked = _decode_with_bom(data, source)
    if marked is not None:
        return marked
    if looks_binary(data):
        raise ProposError(Errors.E002, source=source)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ProposError(Errors.E003, source=source)
    return str(best)
