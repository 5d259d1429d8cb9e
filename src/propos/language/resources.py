"""Access to per-language resources: one module per language (`propos.language.fr`), data files beside it."""

from __future__ import annotations

import importlib
import json
from functools import lru_cache
from pathlib import Path
from types import ModuleType

SUPPORTED_LANGUAGES = ("fr",)


def language_module(lang: str) -> ModuleType:
    from propos.errors import Errors, ProposError

    if lang not in SUPPORTED_LANGUAGES:
        raise ProposError(Errors.E005.format(lang=lang, supported=", ".join(SUPPORTED_LANGUAGES)))
    return importlib.import_module(f"propos.language.{lang}")


def data_path(lang: str, name: str) -> Path:
    return language_module(lang).DATA_DIR / name


@lru_cache(maxsize=64)
def load_json(lang: str, name: str):
    return json.loads(data_path(lang, name).read_text(encoding="utf-8"))


@lru_cache(maxsize=64)
def load_tsv(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a tab-separated data file; `#` starts a comment line, blank lines are skipped."""
    rows = []
    for line in data_path(lang, name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)
