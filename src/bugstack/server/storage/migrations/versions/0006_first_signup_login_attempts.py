"""accounts: the first sign-up claimed by one row, login attempts shared by every process

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-25 14:12:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table(
        'first_signup',
        sa.Column('slot', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('user_id', BigId, nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('slot = 1', name='ck_first_signup_one_row'),
        sa.ForeignKeyConstraint(['user_id'], ['users.id']),
        sa.PrimaryKeyConstraint('slot'),
        sa.UniqueConstraint('user_id'),
    )
    # A server that already has people: its first admin holds the slot, so sign-up stays
    # closed exactly as before.
    op.execute(
        "INSERT INTO first_signup (slot, user_id, created_at) "
        "SELECT 1, id, created_at FROM users "
        "WHERE id = (SELECT MIN(id) FROM users WHERE is_admin = true)"
    )
    op.create_table(
        'login_attempts',
        sa.Column('id', BigId, nullable=False),
        sa.Column('email_digest', sa.String(length=64), nullable=False),
        sa.Column('attempted_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    op.create_index('ix_login_attempts_attempted_at', 'login_attempts', ['attempted_at'])
    op.create_index('ix_login_attempts_email', 'login_attempts',
                    ['email_digest', 'attempted_at'])


def downgrade() -> None:
    op.drop_index('ix_login_attempts_email', table_name='login_attempts')
    op.drop_index('ix_login_attempts_attempted_at', table_name='login_attempts')
    op.drop_table('login_attempts')
    op.drop_table('first_signup')
