"""fix jobs: the lease a worker holds on an attempt, its tries, and what it was made from

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 12:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('fix_attempts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lease_until', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('worker', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('tries', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('enqueued_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('event_row_id', sa.BigInteger().with_variant(sa.Integer(), 'sqlite'), nullable=True))
        batch_op.add_column(sa.Column('release', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('retry_after', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index('ix_fix_attempts_status_lease', ['status', 'lease_until'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('fix_attempts', schema=None) as batch_op:
        batch_op.drop_index('ix_fix_attempts_status_lease')
        for column in ('retry_after', 'release', 'event_row_id', 'enqueued_at', 'tries',
                       'worker', 'lease_until'):
            batch_op.drop_column(column)
