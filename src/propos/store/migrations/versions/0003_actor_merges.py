"""actor merges: a bare surname merged into the one fuller name, and undone by `propos kb split`

`actors` gains `name_first` and `name_last` (the name's first and last words, folded: how the store finds the
candidates of a name; filled here for the actors already stored), `merged_into`, `merge_rule` and
`merged_because`; `actor_merges` records each rewrite of an actor id in an article's rows (the rows' keys), so
that a split puts them back.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

from propos.extraction.actors.merge import name_ends

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_first', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('name_last', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('merged_into', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('merge_rule', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('merged_because', sa.Text(), nullable=True))
        batch_op.create_index('ix_actors_merged_into', ['merged_into'], unique=False)
        batch_op.create_index('ix_actors_name_first', ['name_first'], unique=False)
        batch_op.create_index('ix_actors_name_last', ['name_last'], unique=False)

    actors = sa.table('actors', sa.column('id', sa.Text()), sa.column('name', sa.Text()),
                      sa.column('name_first', sa.Text()), sa.column('name_last', sa.Text()))
    bind = op.get_bind()
    ends = [{'actor_id': actor_id, 'first': first, 'last': last}
            for actor_id, name in bind.execute(sa.select(actors.c.id, actors.c.name)).all()
            for first, last in [name_ends(name)]]
    if ends:
        bind.execute(actors.update().where(actors.c.id == sa.bindparam('actor_id'))
                     .values(name_first=sa.bindparam('first'), name_last=sa.bindparam('last')), ends)

    op.create_table('actor_merges',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('article_pk', sa.Integer(), nullable=False),
    sa.Column('from_id', sa.Text(), nullable=False),
    sa.Column('from_name', sa.Text(), nullable=False),
    sa.Column('to_id', sa.Text(), nullable=False),
    sa.Column('rule', sa.Text(), nullable=False),
    sa.Column('merged_because', sa.Text(), nullable=False),
    sa.Column('scope', sa.Text(), nullable=False),
    sa.Column('rows', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['article_pk'], ['articles.pk'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('actor_merges', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_merges_article_pk'), ['article_pk'], unique=False)
        batch_op.create_index('ix_actor_merges_from_id', ['from_id'], unique=False)
        batch_op.create_index('ix_actor_merges_to_id', ['to_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('actor_merges', schema=None) as batch_op:
        batch_op.drop_index('ix_actor_merges_to_id')
        batch_op.drop_index('ix_actor_merges_from_id')
        batch_op.drop_index(batch_op.f('ix_actor_merges_article_pk'))

    op.drop_table('actor_merges')
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.drop_index('ix_actors_name_last')
        batch_op.drop_index('ix_actors_name_first')
        batch_op.drop_index('ix_actors_merged_into')
        batch_op.drop_column('merged_because')
        batch_op.drop_column('merge_rule')
        batch_op.drop_column('merged_into')
        batch_op.drop_column('name_last')
        batch_op.drop_column('name_first')
