"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-25 18:29:35.184310
"""

import sqlalchemy as sa
from alembic import op

# Full-text search is backend-specific DDL (FTS5 table and triggers, or a GIN index), kept beside the search code.
from propos.store.fulltext import ddl, drop_ddl

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('type', sa.Text(), nullable=False),
    sa.Column('kb_id', sa.Text(), nullable=True),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('roles', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('articles',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('url_key', sa.Text(), nullable=True),
    sa.Column('content_hash', sa.Text(), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('analyzed_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('schema_version', sa.Text(), nullable=True),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('language', sa.Text(), nullable=False),
    sa.Column('date', sa.Text(), nullable=True),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('title_span_start', sa.Integer(), nullable=True),
    sa.Column('title_span_end', sa.Integer(), nullable=True),
    sa.Column('title_span_text', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('source', sa.Text(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('pipeline_version', sa.Text(), nullable=False),
    sa.Column('warnings', sa.JSON(), nullable=True),
    sa.Column('duplicate_of', sa.Text(), nullable=True),
    sa.Column('story_id', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('content_hash'),
    sa.UniqueConstraint('url_key')
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index('ix_articles_date', ['date'], unique=False)
        batch_op.create_index('ix_articles_source', ['source'], unique=False)

    op.create_table('article_actors',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('type', sa.Text(), nullable=False),
    sa.Column('mentions', sa.JSON(), nullable=True),
    sa.Column('roles', sa.JSON(), nullable=True),
    sa.Column('aliases', sa.JSON(), nullable=True),
    sa.Column('kb_id', sa.Text(), nullable=True),
    sa.Column('merged_because', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('article_actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_actors_article_pk'), ['article_pk'], unique=False)
        batch_op.create_index('ix_article_actors_id', ['id'], unique=False)

    op.create_table('events',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('type', sa.Text(), nullable=False),
    sa.Column('trigger_start', sa.Integer(), nullable=False),
    sa.Column('trigger_end', sa.Integer(), nullable=False),
    sa.Column('trigger_text', sa.Text(), nullable=False),
    sa.Column('source_id', sa.Text(), nullable=True),
    sa.Column('source_name', sa.Text(), nullable=True),
    sa.Column('target_id', sa.Text(), nullable=True),
    sa.Column('target_name', sa.Text(), nullable=True),
    sa.Column('target_start', sa.Integer(), nullable=True),
    sa.Column('target_end', sa.Integer(), nullable=True),
    sa.Column('target_text', sa.Text(), nullable=True),
    sa.Column('modality', sa.Text(), nullable=True),
    sa.Column('reported_by', sa.Text(), nullable=True),
    sa.Column('time', sa.Text(), nullable=True),
    sa.Column('time_span_start', sa.Integer(), nullable=True),
    sa.Column('time_span_end', sa.Integer(), nullable=True),
    sa.Column('time_span_text', sa.Text(), nullable=True),
    sa.Column('place', sa.Text(), nullable=True),
    sa.Column('evidence_start', sa.Integer(), nullable=False),
    sa.Column('evidence_end', sa.Integer(), nullable=False),
    sa.Column('evidence_text', sa.Text(), nullable=False),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_article_pk'), ['article_pk'], unique=False)
        batch_op.create_index('ix_events_type', ['type'], unique=False)

    op.create_table('quotes',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('type', sa.Text(), nullable=False),
    sa.Column('content_start', sa.Integer(), nullable=False),
    sa.Column('content_end', sa.Integer(), nullable=False),
    sa.Column('content_text', sa.Text(), nullable=False),
    sa.Column('cue_start', sa.Integer(), nullable=True),
    sa.Column('cue_end', sa.Integer(), nullable=True),
    sa.Column('cue_text', sa.Text(), nullable=True),
    sa.Column('speaker_start', sa.Integer(), nullable=True),
    sa.Column('speaker_end', sa.Integer(), nullable=True),
    sa.Column('speaker_text', sa.Text(), nullable=True),
    sa.Column('speaker_name', sa.Text(), nullable=True),
    sa.Column('speaker_id', sa.Text(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.Column('headline', sa.Boolean(), nullable=True),
    sa.Column('floating', sa.Boolean(), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=True),
    sa.Column('outlets', sa.Integer(), nullable=True),
    sa.Column('article_date', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index('ix_quotes_article_date', ['article_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_article_pk'), ['article_pk'], unique=False)
        batch_op.create_index('ix_quotes_speaker_id', ['speaker_id'], unique=False)
        batch_op.create_index('ix_quotes_speaker_name', ['speaker_name'], unique=False)

    op.create_table('stances',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('holder_id', sa.Text(), nullable=True),
    sa.Column('holder_name', sa.Text(), nullable=False),
    sa.Column('issue', sa.Text(), nullable=False),
    sa.Column('issue_key', sa.Text(), nullable=False),
    sa.Column('stance', sa.Text(), nullable=False),
    sa.Column('evidence', sa.JSON(), nullable=True),
    sa.Column('date', sa.Text(), nullable=True),
    sa.Column('confidence', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('stances', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stances_article_pk'), ['article_pk'], unique=False)
        batch_op.create_index('ix_stances_holder_id', ['holder_id'], unique=False)
        batch_op.create_index('ix_stances_issue_key', ['issue_key'], unique=False)

    op.create_table('timexes',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('id', sa.Text(), nullable=False),
    sa.Column('type', sa.Text(), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.Column('span_start', sa.Integer(), nullable=False),
    sa.Column('span_end', sa.Integer(), nullable=False),
    sa.Column('span_text', sa.Text(), nullable=False),
    sa.Column('mod', sa.Text(), nullable=True),
    sa.Column('begin', sa.Text(), nullable=True),
    sa.Column('end', sa.Text(), nullable=True),
    sa.Column('anchor', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('timexes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_timexes_article_pk'), ['article_pk'], unique=False)


    for statement in ddl(op.get_bind().dialect.name):
        op.execute(statement)

def downgrade() -> None:
    for statement in drop_ddl(op.get_bind().dialect.name):
        op.execute(statement)
    with op.batch_alter_table('timexes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_timexes_article_pk'))

    op.drop_table('timexes')
    with op.batch_alter_table('stances', schema=None) as batch_op:
        batch_op.drop_index('ix_stances_issue_key')
        batch_op.drop_index('ix_stances_holder_id')
        batch_op.drop_index(batch_op.f('ix_stances_article_pk'))

    op.drop_table('stances')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index('ix_quotes_speaker_name')
        batch_op.drop_index('ix_quotes_speaker_id')
        batch_op.drop_index(batch_op.f('ix_quotes_article_pk'))
        batch_op.drop_index('ix_quotes_article_date')

    op.drop_table('quotes')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_type')
        batch_op.drop_index(batch_op.f('ix_events_article_pk'))

    op.drop_table('events')
    with op.batch_alter_table('article_actors', schema=None) as batch_op:
        batch_op.drop_index('ix_article_actors_id')
        batch_op.drop_index(batch_op.f('ix_article_actors_article_pk'))

    op.drop_table('article_actors')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index('ix_articles_source')
        batch_op.drop_index('ix_articles_date')

    op.drop_table('articles')
    op.drop_table('actors')
