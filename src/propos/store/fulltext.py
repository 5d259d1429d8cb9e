"""Full-text search over quotations and over articles, one implementation per backend, both accent-insensitive.

SQLite: FTS5 indexes kept in step with `quotes` and `articles` by triggers, tokenizer `unicode61
remove_diacritics 2`. PostgreSQL: GIN indexes on `to_tsvector('simple', propos_fold(...))`, where
`propos_fold` is an IMMUTABLE SQL function (lower + translate), so no extension is needed. Both match every
word of the query. `passage` finds where the words are in an article's text, to show them.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from sqlalchemy import ColumnElement, Integer, text

from propos.language.layout import line_end, line_start

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


def _sqlite_key(row: str, date: str = "article_date") -> str:
    return (f"((coalesce(cast(replace(substr({row}.{date}, 1, 10), '-', '') AS INTEGER), 0) << {PK_BITS})"
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

# Articles (migration 0002), same folding. SQLite: a contentless FTS5 table (the text is not stored twice), its
# rowid the same sort key on the article's date, so it returns the newest articles first. A contentless table
# forgets a row only when given the values it indexed: the delete trigger gives them, spelled out the same way.
_ARTICLE_VALUES = ("{key}, " + _unligature("{row}.title") + ", " + _unligature("{row}.text"))
_ARTICLE_INSERT = "INSERT INTO articles_fts(rowid, title, text) VALUES (" + _ARTICLE_VALUES + ");"
_ARTICLE_DELETE = ("INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', "
                   + _ARTICLE_VALUES + ");")


def _article_row(statement: str, row: str) -> str:
    return statement.format(key=_sqlite_key(row, "date"), row=row)


SQLITE_ARTICLE_DDL = [
    "CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='', "
    "tokenize='unicode61 remove_diacritics 2')",
    f"CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN {_article_row(_ARTICLE_INSERT, 'new')} END",
    f"CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN {_article_row(_ARTICLE_DELETE, 'old')} END",
    "CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text, date ON articles BEGIN "
    f"{_article_row(_ARTICLE_DELETE, 'old')} {_article_row(_ARTICLE_INSERT, 'new')} END",
    # The articles stored before this index existed.
    "INSERT INTO articles_fts(rowid, title, text) SELECT "
    + _ARTICLE_VALUES.format(key=_sqlite_key("articles", "date"), row="articles") + " FROM articles",
]
SQLITE_ARTICLE_DROP = ["DROP TRIGGER IF EXISTS articles_fts_au", "DROP TRIGGER IF EXISTS articles_fts_ad",
                       "DROP TRIGGER IF EXISTS articles_fts_ai", "DROP TABLE IF EXISTS articles_fts"]

# PostgreSQL refuses a tsvector over 1 MB ("string is too long for tsvector"), which a long article of rare
# words reaches (2,000,000 characters are allowed): the text is then cut in half until it fits, rather than the
# article refused. The function is given the folded text, so it needs nothing from the search path.
_PG_ARTICLE_TEXT = "propos_fold(coalesce({t}title, '') || ' ' || coalesce({t}\"text\", ''))"
_PG_ARTICLE_VECTOR = "propos_tsvector(" + _PG_ARTICLE_TEXT + ")"
POSTGRES_ARTICLE_DDL = [
    "CREATE OR REPLACE FUNCTION propos_tsvector(t text) RETURNS tsvector LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE "
    "AS $$ BEGIN LOOP BEGIN RETURN to_tsvector('simple', t); "
    "EXCEPTION WHEN program_limit_exceeded THEN t := left(t, length(t) / 2); END; END LOOP; END $$",
    f"CREATE INDEX ix_articles_fts ON articles USING GIN ({_PG_ARTICLE_VECTOR.format(t='')})",
]
POSTGRES_ARTICLE_DROP = ["DROP INDEX IF EXISTS ix_articles_fts", "DROP FUNCTION IF EXISTS propos_tsvector(text)"]


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


def article_ddl(dialect: str) -> list[str]:
    """The article index, filled with the articles already stored (migration 0002)."""
    return SQLITE_ARTICLE_DDL if dialect == "sqlite" else POSTGRES_ARTICLE_DDL


def article_drop_ddl(dialect: str) -> list[str]:
    return SQLITE_ARTICLE_DROP if dialect == "sqlite" else POSTGRES_ARTICLE_DROP


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


def _fts5_hits(table: str, fts_query: str, date_from: str | None, date_to: str | None):
    low = _date_number(date_from, 0) << PK_BITS
    high = (_date_number(date_to, 99_999_999) << PK_BITS) | PK_MASK
    return (text(f"SELECT rowid AS key FROM {table} WHERE {table} MATCH :fts_query AND rowid BETWEEN :low AND :high")
            .bindparams(fts_query=fts_query, low=low, high=high).columns(key=Integer).subquery("hits"))


def sqlite_hits(found: list[str], date_from: str | None, date_to: str | None, *,
                speaker_ids: list[str] | None = None, speaker_words: list[str] | None = None):
    """The matching quotations as sort keys, newest first (a subquery with one column, `key`); with a speaker,
    only the quotations of these actors or of a speaker with these words in their name."""
    return _fts5_hits("quotes_fts", _fts5_query(found, speaker_ids, speaker_words), date_from, date_to)


def sqlite_article_hits(found: list[str], date_from: str | None, date_to: str | None):
    """The articles with every word in their title or text, as sort keys, newest first (like `sqlite_hits`)."""
    return _fts5_hits("articles_fts", _fts5_query(found), date_from, date_to)


def key_to_pk(key):
    return key.op("&")(PK_MASK)


def postgres_match(found: list[str]) -> ColumnElement[bool]:
    """A WHERE clause on `quotes` for rows holding every word (the GIN index answers it)."""
    return text(f"{_PG_VECTOR} @@ plainto_tsquery('simple', :fts_query)").bindparams(fts_query=" ".join(found))


def postgres_article_match(found: list[str]) -> ColumnElement[bool]:
    """A WHERE clause on `articles` for rows with every word in their title or text (the GIN index answers it)."""
    vector = _PG_ARTICLE_VECTOR.format(t="articles.")
    return text(f"{vector} @@ plainto_tsquery('simple', :fts_query)").bindparams(fts_query=" ".join(found))


# ---- the passage that shows where the words are

# A word as written, accents decomposed or not (\w alone would cut "entraîneurs" written with a combining mark).
_WRITTEN_WORD = re.compile(r"\w[\w\u0300-\u036f]*")
_SPACE = re.compile(r"\s")
PASSAGE_BEFORE = 60    # characters of context before the first match, at most
PASSAGE_LENGTH = 220   # characters of the whole passage, about


def _matches(text: str, wanted: set[str], start: int = 0, end: int | None = None):
    for m in _WRITTEN_WORD.finditer(text, start, len(text) if end is None else end):
        if not wanted.isdisjoint(words(m.group())):
            yield m.start(), m.end()


class Where(NamedTuple):
    start: int
    end: int
    marks: list[tuple[int, int]]  # (start, end) of each word of the query in the passage
    cut_before: bool              # the passage begins inside its paragraph
    cut_after: bool


def passage(text: str, found: list[str], *, skip_to: int = 0) -> Where | None:
    """Where the words are: a short part of `text` around the first word of the query found after `skip_to`
    (past the title, when the text begins with it) or, failing that, anywhere; kept within its paragraph and
    cut between words, with every word of the query in it marked. None when no word of the query is in the
    text (the article matched by its title only)."""
    wanted = set(found)
    first = next(_matches(text, wanted, skip_to), None) if skip_to else None
    first = first or next(_matches(text, wanted), None)
    if first is None:
        return None
    hit_start, hit_end = first
    # (kept within its line: a paragraph, or a piece of one that the layout sets apart, language.layout)
    paragraph_start, paragraph_end = line_start(text, hit_start), line_end(text, hit_end)
    start = max(paragraph_start, hit_start - PASSAGE_BEFORE)
    if start > paragraph_start and not text[start - 1].isspace():  # inside a word: from the next one on
        space = _SPACE.search(text, start, hit_start)
        start = space.end() if space else hit_start
    end = min(paragraph_end, max(hit_end, start + PASSAGE_LENGTH))
    if end < paragraph_end:  # cut at the end of a word (or inside a very long one)
        space = _SPACE.search(text, end, min(paragraph_end, end + 40))
        end = space.start() if space else min(paragraph_end, end + 40)
    while start < hit_start and text[start].isspace():
        start += 1
    while end > hit_end and text[end - 1].isspace():
        end -= 1
    return Where(start, end, list(_matches(text, wanted, start, end)), start > paragraph_start, end < paragraph_end)
