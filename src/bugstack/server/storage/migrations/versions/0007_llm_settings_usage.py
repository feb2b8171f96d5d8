"""language model: a project's model settings, and the tokens each project used per month

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-25 14:30:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.add_column(sa.Column('llm_settings', sa.Text(), nullable=True))
    op.create_table(
        'llm_usage',
        sa.Column('project_id', BigId, nullable=False),
        sa.Column('month', sa.String(length=7), nullable=False),
        sa.Column('tokens', sa.BigInteger(), nullable=False),
        sa.ForeignKeyConstraint(['project_id'], ['projects.id']),
        sa.PrimaryKeyConstraint('project_id', 'month'),
    )


def downgrade() -> None:
    op.drop_table('llm_usage')
    with op.batch_alter_table('projects', schema=None) as batch_op:
        batch_op.drop_column('llm_settings')
