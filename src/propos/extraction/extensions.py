"""The `Doc._` extensions that propos components write their results to.

Results are typed objects (propos.model) for the code that reads them, and plain JSON-able data in
`doc.user_data`, so that a Doc keeps its results through `to_bytes`/`DocBin` and `nlp.pipe(n_process=…)`.
Assign a new list to change a result (`doc._.quotes = [...]`); the list a getter returns is a view.
Registered once, guarded, so that importing a component twice (or in a user's own pipeline) is harmless.
"""

from __future__ import annotations

import dataclasses
from weakref import WeakKeyDictionary

from spacy.tokens import Doc

from propos.language.quotemarks import QuotePair
from propos.model import Actor, Event, Problem, Quote, Stance, Timex

# name -> the type of its items
DOC_EXTENSIONS = {
    "quotes": Quote,
    "actors": Actor,
    "timexes": Timex,
    "events": Event,
    "stances": Stance,
    "propos_warnings": Problem,
    "quote_pairs": QuotePair,
}
DOC_VALUES = {"pub_date": None, "doc_id": None}

# Typed objects already built for a live Doc, so getters do not rebuild them at every access.
_LIVE: WeakKeyDictionary[Doc, dict[str, list]] = WeakKeyDictionary()


def _key(name: str) -> tuple[str, str]:
    return ("propos", name if name.startswith("propos_") else f"propos_{name}")


def _to_data(item) -> dict:
    if dataclasses.is_dataclass(item):
        return dataclasses.asdict(item)
    return item.model_dump(mode="json")


def _from_data(kind, data):
    if isinstance(data, kind):
        return data
    return kind(**data) if dataclasses.is_dataclass(kind) else kind.model_validate(data)


def _getter(name: str, kind):
    def getter(doc: Doc) -> list:
        live = _LIVE.setdefault(doc, {})
        if name not in live:
            live[name] = [_from_data(kind, d) for d in doc.user_data.get(_key(name), [])]
        return live[name]

    return getter


def _setter(name: str):
    def setter(doc: Doc, value) -> None:
        items = list(value)
        doc.user_data[_key(name)] = [_to_data(i) for i in items]
        _LIVE.setdefault(doc, {})[name] = items

    return setter


def register_extensions() -> None:
    for name, kind in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=_getter(name, kind), setter=_setter(name))
    for name, default in DOC_VALUES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
