"""Full-text search over quotations, one implementation per backend, both accent-insensitive.

SQLite: an FTS5 index kept in step with `quotes` by triggers, tokenizer `unicode61 remove_diacritics 2`.
PostgreSQL: a GIN index on `to_tsvector('simple', propos_fold(...))`, where `propos_fold` is an IMMUTABLE
SQL function (lower + translate), so no extension is needed. Both match every word of the query.
"""

from __future__ import annotations

import re
import unicodedata

from sqlalchemy import ColumnElement, Integer, text

_WORD = re.compile(r"\w+", re.UNICODE)
# Ligatures that Unicode decomposition leaves whole.
_LIGATURE_PAIRS = (("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE"))
_LIGATURES = str.maketrans(dict(_LIGATURE_PAIRS))

# Upper case too: PostgreSQL's lower() leaves non-ASCII letters alone under the C locale.
_ACCENTED = "àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸ"
_PLAIN = "aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuyy"

# SQLite: the FTS5 rowid is a sort key, (YYYYMMDD << 32) + quotes.pk, so that FTS5 itself returns the newest
# quotations first (ORDER BY rowid DESC stops after one page) and a date range is a rowid range. A quotation
# without a date gets key = pk and comes last, as in the ordering of the other searches.
PK_BITS = 32
PK_MASK = (1 << PK_BITS) - 1


def _sqlite_key(row: str) -> str:
    return (f"((coalesce(cast(replace(substr({row}.article_date, 1, 10), '-', '') AS INTEGER), 0) << {PK_BITS})"
            f" + {row}.pk)")


def _speaker_token(row: str) -> str:
    # The speaker's actor id as one alphanumeric token, so "these words, said by this actor" is one FTS5 query.
    return f"CASE WHEN {row}.speaker_id IS NULL THEN NULL ELSE 's' || hex({row}.speaker_id) END"


def speaker_token(actor_id: str) -> str:
    return "s" + actor_id.encode("utf-8").hex()


def _unligature(expr: str) -> str:
    """SQL that spells out œ and æ (no tokenizer folds them), as `fold` does to the query."""
    for ligature, letters in _LIGATURE_PAIRS:
        expr = f"replace({expr}, '{ligature}', '{letters}')"
    return expr


_INSERT = ("INSERT INTO quotes_fts(rowid, content_text, speaker_name, speaker_key) VALUES "
           "({key}, " + _unligature("{row}.content_text") + ", " + _unligature("{row}.speaker_name") + ", {token});")
SQLITE_DDL = [
    "CREATE VIRTUAL TABLE quotes_fts USING fts5(content_text, speaker_name, speaker_key, "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN "
    + _INSERT.format(key=_sqlite_key("new"), row="new", token=_speaker_token("new")) + " END",
    f"CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN DELETE FROM quotes_fts WHERE rowid = {_sqlite_key('old')}; END",
    f"CREATE TRIGGER quotes_fts_au AFTER UPDATE ON quotes BEGIN DELETE FROM quotes_fts WHERE rowid = {_sqlite_key('old')}; "
    + _INSERT.format(key=_sqlite_key("new"), row="new", token=_speaker_token("new")) + " END",
]
SQLITE_DROP = ["DROP TRIGGER IF EXISTS quotes_fts_au", "DROP TRIGGER IF EXISTS quotes_fts_ad",
               "DROP TRIGGER IF EXISTS quotes_fts_ai", "DROP TABLE IF EXISTS quotes_fts"]

_PG_VECTOR = "to_tsvector('simple', propos_fold(coalesce(content_text, '') || ' ' || coalesce(speaker_name, '')))"
POSTGRES_DDL = [
    "CREATE OR REPLACE FUNCTION propos_fold(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS "
    "$$ SELECT lower(translate(" + _unligature("t") + f", '{_ACCENTED}', '{_PLAIN}')) $$",
    f"CREATE INDEX ix_quotes_fts ON quotes USING GIN ({_PG_VECTOR})",
]
POSTGRES_DROP = ["DROP INDEX IF EXISTS ix_quotes_fts", "DROP FUNCTION IF EXISTS propos_fold(text)"]


def fold(value: str) -> str:
    """Lower case without accents: 'Entraîneurs' -> 'entraineurs'."""
    decomposed = unicodedata.normalize("NFKD", value.translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def words(query: str) -> list[str]:
    return _WORD.findall(fold(query))


def ddl(dialect: str) -> list[str]:
    return SQLITE_DDL if dialect == "sqlite" else POSTGRES_DDL


def drop_ddl(dialect: str) -> list[str]:
    return SQLITE_DROP if dialect == "sqlite" else POSTGRES_DROP


def _fts5_query(found: list[str], speaker_ids: list[str] | None = None, speaker_words: list[str] | None = None) -> str:
    # Each word quoted, so user input is never read as FTS5 syntax (NEAR, OR, column filters, ...).
    query = " AND ".join(f'"{w}"' for w in found)
    who = [f'speaker_key : "{speaker_token(i)}"' for i in speaker_ids or []]
    if speaker_words:
        who.append(f'speaker_name : "{" ".join(speaker_words)}"')
    if not who:
        return query
    return f"({query}) AND ({' OR '.join(who)})" if query else " OR ".join(who)


def _date_number(value: str | None, default: int) -> int:
    digits = (value or "").replace("-", "")[:8]
    return int(digits) if len(digits) == 8 and digits.isdigit() else default


def sqlite_hits(found: list[str], date_from: str | None, date_to: str | None, *,
                speaker_ids: list[str] | None = None, speaker_words: list[str] | None = None):
    """The matching quotations as sort keys, newest first (a subquery with one column, `key`); with a speaker,
    only the quotations of these actors or of a speaker with these words in their name."""
    low = _date_number(date_from, 0) << PK_BITS
    high = (_date_number(date_to, 99_999_999) << PK_BITS) | PK_MASK
    return (text("SELECT rowid AS key FROM quotes_fts WHERE quotes_fts MATCH :fts_query AND rowid BETWEEN :low AND :high")
            .bindparams(fts_query=_fts5_query(found, speaker_ids, speaker_words), low=low, high=high)
            .columns(key=Integer).subquery("hits"))


def key_to_pk(key):
    return key.op("&")(PK_MASK)


def postgres_match(found: list[str]) -> ColumnElement[bool]:
    """A WHERE clause on `quotes` for rows holding every word (the GIN index answers it)."""
    return text(f"{_PG_VECTOR} @@ plainto_tsquery('simple', :fts_query)").bindparams(fts_query=" ".join(found))
