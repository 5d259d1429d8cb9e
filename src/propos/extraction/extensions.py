"""The `Doc._` extensions that propos components write their results to.

Registered once, guarded, so that importing a component twice (or in a user's own pipeline) is harmless.
"""

from __future__ import annotations

from spacy.tokens import Doc

# name -> default factory; list-valued results are typed model objects (propos.model).
DOC_EXTENSIONS = {
    "quotes": list,
    "actors": list,
    "timexes": list,
    "events": list,
    "stances": list,
    "propos_warnings": list,
    "quote_pairs": list,
}
DOC_VALUES = {"pub_date": None, "doc_id": None}


def _list_getter(name: str):
    key = f"propos_{name}" if not name.startswith("propos_") else name

    def getter(doc: Doc):
        return doc.user_data.setdefault(("propos", key), [])

    return getter


def _list_setter(name: str):
    key = f"propos_{name}" if not name.startswith("propos_") else name

    def setter(doc: Doc, value) -> None:
        doc.user_data[("propos", key)] = list(value)

    return setter


def register_extensions() -> None:
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, getter=_list_getter(name), setter=_list_setter(name))
    for name, default in DOC_VALUES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)


register_extensions()
