"""recurrence watch: the merged fix's commit, the first release that contains it, and how
long that release must serve quietly before the issue counts as resolved

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 14:10:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('fix_attempts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merge_commit', sa.String(length=64), nullable=True))
    with op.batch_alter_table('issues', schema=None) as batch_op:
        batch_op.add_column(sa.Column('fix_commit', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('fix_release', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('fix_release_at', sa.DateTime(timezone=True),
                                      nullable=True))
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.add_column(sa.Column('quiet_period', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.drop_column('quiet_period')
    with op.batch_alter_table('issues', schema=None) as batch_op:
        for column in ('fix_release_at', 'fix_release', 'fix_commit'):
            batch_op.drop_column(column)
    with op.batch_alter_table('fix_attempts', schema=None) as batch_op:
        batch_op.drop_column('merge_commit')
