"""article search: a full-text index over the articles' title and text

SQLite: the FTS5 table `articles_fts` and its triggers, filled with the articles already stored (INSERT ...
SELECT). PostgreSQL: the GIN index `ix_articles_fts` (built over the rows already there). Same folding as the
quotation index (accents, case, ligatures); the statements are beside the search code, in
`propos.store.fulltext`.

Revision ID: 0002
Revises: 0001
"""

from alembic import op

from propos.store.fulltext import article_ddl, article_drop_ddl

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    for statement in article_ddl(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in article_drop_ddl(op.get_bind().dialect.name):
        op.execute(statement)
