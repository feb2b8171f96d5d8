"""dashboard accounts: users, memberships, web sessions, personal tokens

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 11:35:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), 'sqlite')


def upgrade() -> None:
    op.create_table(
        'users',
        sa.Column('id', BigId, nullable=False),
        sa.Column('email', sa.String(length=320), nullable=False),
        sa.Column('name', sa.String(length=200), nullable=False),
        sa.Column('password_hash', sa.String(length=300), nullable=False),
        sa.Column('is_admin', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('email'),
    )
    op.create_table(
        'memberships',
        sa.Column('user_id', BigId, nullable=False),
        sa.Column('organization_id', BigId, nullable=False),
        sa.Column('role', sa.String(length=20), nullable=False),
        sa.ForeignKeyConstraint(['organization_id'], ['organizations.id']),
        sa.ForeignKeyConstraint(['user_id'], ['users.id']),
        sa.PrimaryKeyConstraint('user_id', 'organization_id'),
    )
    op.create_index('ix_memberships_organization_id', 'memberships', ['organization_id'])
    op.create_table(
        'web_sessions',
        sa.Column('id', BigId, nullable=False),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('user_id', BigId, nullable=False),
        sa.Column('csrf_token', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id']),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('digest'),
    )
    op.create_index('ix_web_sessions_user_id', 'web_sessions', ['user_id'])
    op.create_table(
        'personal_tokens',
        sa.Column('api_token_id', BigId, nullable=False),
        sa.Column('user_id', BigId, nullable=False),
        sa.ForeignKeyConstraint(['api_token_id'], ['api_tokens.id']),
        sa.ForeignKeyConstraint(['user_id'], ['users.id']),
        sa.PrimaryKeyConstraint('api_token_id'),
    )
    op.create_index('ix_personal_tokens_user_id', 'personal_tokens', ['user_id'])
    op.create_index('ix_events_issue_received', 'events', ['issue_id', 'received_at'])


def downgrade() -> None:
    op.drop_index('ix_events_issue_received', table_name='events')
    op.drop_index('ix_personal_tokens_user_id', table_name='personal_tokens')
    op.drop_table('personal_tokens')
    op.drop_index('ix_web_sessions_user_id', table_name='web_sessions')
    op.drop_table('web_sessions')
    op.drop_index('ix_memberships_organization_id', table_name='memberships')
    op.drop_table('memberships')
    op.drop_table('users')
