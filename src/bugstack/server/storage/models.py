"""The tables. Events are stored whole, as the bytes that arrived, so nothing an SDK sent
is lost to a normalisation bug; the columns beside the payload are what queries need."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

__all__ = [
    "MAX_ID",
    "ApiToken",
    "Base",
    "Event",
    "FixAttempt",
    "FixStage",
    "Issue",
    "IssueRelease",
    "ItemCount",
    "Organization",
    "Project",
    "ProjectKey",
]

# SQLite only makes INTEGER PRIMARY KEY an alias of its rowid (and so auto-incrementing).
BigId = BigInteger().with_variant(Integer(), "sqlite")
#: The largest id a row can have (signed 64 bits in both databases). A larger number sent
#: as an id makes the database driver raise instead of finding nothing, so callers
#: refuse it first.
MAX_ID = 2**63 - 1


class Base(DeclarativeBase):
    pass


class Organization(Base):
    __tablename__ = "organizations"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Project(Base):
    __tablename__ = "projects"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    repository: Mapped[str | None] = mapped_column(Text)
    test_command: Mapped[str | None] = mapped_column(Text)
    rate_limit_per_minute: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    # Fixing and delivery settings (migration 0002).
    auto_fix: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    #: ``review`` (open a pull request and stop) or ``auto-merge``.
    merge_policy: Mapped[str] = mapped_column(String(20), default="review",
                                              server_default="review")
    default_branch: Mapped[str | None] = mapped_column(String(200))
    #: ``github``, ``gitlab``, ``gitea`` or ``git`` (push only); None: no delivery.
    forge_kind: Mapped[str | None] = mapped_column(String(20))
    forge_url: Mapped[str | None] = mapped_column(Text)
    forge_repository: Mapped[str | None] = mapped_column(String(200))
    #: Forge and model credentials, encrypted with the server's secret (see secrets.py).
    credentials: Mapped[bytes | None] = mapped_column(LargeBinary)
    #: Notification targets as JSON: webhook URLs, Slack hooks, email addresses.
    notifications: Mapped[str | None] = mapped_column(Text)
    #: Seconds a release containing a merged fix must serve with no recurrence before the
    #: issue is resolved (migration 0005); None: the default of a week.
    quiet_period: Mapped[int | None] = mapped_column(Integer)
    #: The language-model settings (``LlmSettings.to_json()``, migration 0007); None: the
    #: model is off for this project. The API key is in ``credentials``, never here.
    llm_settings: Mapped[str | None] = mapped_column(Text)
    __table_args__ = (UniqueConstraint("organization_id", "name"),)


class ProjectKey(Base):
    __tablename__ = "project_keys"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class ApiToken(Base):
    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"), index=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class Issue(Base):
    __tablename__ = "issues"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"))
    fingerprint: Mapped[str] = mapped_column(String(64))
    title: Mapped[str] = mapped_column(Text)
    culprit: Mapped[str | None] = mapped_column(Text)
    exception_type: Mapped[str | None] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(20))
    status: Mapped[str] = mapped_column(String(20), default="unresolved")
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    event_count: Mapped[int] = mapped_column(BigInteger, default=0)
    first_release: Mapped[str | None] = mapped_column(String(200))
    last_release: Mapped[str | None] = mapped_column(String(200))
    resolved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # The recurrence watch (migration 0005): the merged fix's commit, the first release
    # seen that contains it, and when that release was first seen.
    fix_commit: Mapped[str | None] = mapped_column(String(64))
    fix_release: Mapped[str | None] = mapped_column(String(200))
    fix_release_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    __table_args__ = (
        UniqueConstraint("project_id", "fingerprint"),
        Index("ix_issues_project_status_last_seen", "project_id", "status", "last_seen"),
    )


class IssueRelease(Base):
    __tablename__ = "issue_releases"
    issue_id: Mapped[int] = mapped_column(ForeignKey("issues.id"), primary_key=True)
    release: Mapped[str] = mapped_column(String(200), primary_key=True)
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Event(Base):
    __tablename__ = "events"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"))
    issue_id: Mapped[int] = mapped_column(ForeignKey("issues.id"))
    event_id: Mapped[str] = mapped_column(String(32))
    received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    timestamp: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    release: Mapped[str | None] = mapped_column(String(200))
    environment: Mapped[str | None] = mapped_column(String(200))
    #: The event JSON exactly as the SDK sent it (after transport decompression).
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    __table_args__ = (
        UniqueConstraint("project_id", "event_id"),
        Index("ix_events_issue_id", "issue_id", "id"),
    )


class ItemCount(Base):
    """Envelope items bugstack accepts but does not store (transactions, sessions, …)."""

    __tablename__ = "item_counts"
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), primary_key=True)
    item_type: Mapped[str] = mapped_column(String(40), primary_key=True)
    count: Mapped[int] = mapped_column(BigInteger, default=0)


class FixAttempt(Base):
    """One run of the fix engine on an issue, and what became of its result."""

    __tablename__ = "fix_attempts"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    issue_id: Mapped[int] = mapped_column(ForeignKey("issues.id"), index=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), index=True)
    #: queued, running, then a FixStatus value (fixed, unverified, not_fixed,
    #: not_reproduced) or ``failed`` when the attempt itself broke.
    status: Mapped[str] = mapped_column(String(20), default="queued")
    trigger: Mapped[str] = mapped_column(String(20), default="new_issue")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    started_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: The engine's FixProposal, as ``FixProposal.to_json()``.
    proposal: Mapped[str | None] = mapped_column(Text)
    branch: Mapped[str | None] = mapped_column(String(200))
    commit_sha: Mapped[str | None] = mapped_column(String(64))
    pr_url: Mapped[str | None] = mapped_column(Text)
    pr_number: Mapped[int | None] = mapped_column(Integer)
    ci_state: Mapped[str | None] = mapped_column(String(20))
    merged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: The commit the forge made when merging (what releases contain; migration 0005).
    merge_commit: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(Text)
    # The job that runs the attempt (migration 0004). The row, not the task queue, is the
    # source of truth: a worker holds a lease it renews while it works; a lease that runs
    # out (the worker died) lets the attempt be picked up again.
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    worker: Mapped[str | None] = mapped_column(String(200))
    tries: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    enqueued_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    #: The stored event the attempt works from, and its release.
    event_row_id: Mapped[int | None] = mapped_column(BigId)
    release: Mapped[str | None] = mapped_column(String(200))
    #: After a failed attempt: no automatic retry before this time (backoff).
    retry_after: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    __table_args__ = (Index("ix_fix_attempts_status_lease", "status", "lease_until"),)


class FixStage(Base):
    """A stage of a fix attempt (queued, workspace, reproduced, analysed, candidates,
    verified, delivered, ci, merged) with its times and log."""

    __tablename__ = "fix_stages"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    fix_id: Mapped[int] = mapped_column(ForeignKey("fix_attempts.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    detail: Mapped[str | None] = mapped_column(Text)


# --- Dashboard accounts (migration 0003) -------------------------------------------------


class User(Base):
    """A person who signs in to the dashboard. ``is_admin`` is server-wide: an admin adds
    users and organisations; everyone else sees only the organisations they belong to."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    #: ``scrypt$n$r$p$salt$hash`` (see accounts.py).
    password_hash: Mapped[str] = mapped_column(String(300))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class Membership(Base):
    __tablename__ = "memberships"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id"),
                                                 primary_key=True, index=True)
    role: Mapped[str] = mapped_column(String(20), default="member")


class WebSession(Base):
    """A signed-in browser. The cookie holds a random token; only its digest is stored."""

    __tablename__ = "web_sessions"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    csrf_token: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PersonalToken(Base):
    """Marks an organisation's REST token as a user's own, so the user can list and
    revoke it, and so it dies with the user's membership."""

    __tablename__ = "personal_tokens"
    api_token_id: Mapped[int] = mapped_column(ForeignKey("api_tokens.id"), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)


#: Events of an issue over time (the sparklines and the issue page's chart).
Index("ix_events_issue_received", Event.issue_id, Event.received_at)

__all__ += ["Membership", "PersonalToken", "User", "WebSession"]


# --- First sign-up and the login throttle (migration 0006) --------------------------------


class FirstSignup(Base):
    """The one row that says the first account exists. Its primary key can hold only the
    value 1, so of two sign-ups racing on an empty server the database lets exactly one
    commit: the loser's insert fails, whatever each of them read before."""

    __tablename__ = "first_signup"
    slot: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    __table_args__ = (CheckConstraint("slot = 1", name="ck_first_signup_one_row"),)


class LoginAttempt(Base):
    """A login attempt for an email (by its digest) within the throttle's window. In the
    database so that every server process counts the same attempts."""

    __tablename__ = "login_attempts"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    email_digest: Mapped[str] = mapped_column(String(64))
    attempted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    __table_args__ = (Index("ix_login_attempts_email", "email_digest", "attempted_at"),)


__all__ += ["FirstSignup", "LoginAttempt"]


# --- Language-model usage (migration 0007) ------------------------------------------------


class LlmUsage(Base):
    """Tokens a project's model requests used in one calendar month (UTC). Every worker
    reserves a request's worst case here before sending it, in one conditional UPDATE, so
    the monthly cap holds however many workers ask at once."""

    __tablename__ = "llm_usage"
    project_id: Mapped[int] = mapped_column(ForeignKey("projects.id"), primary_key=True)
    month: Mapped[str] = mapped_column(String(7), primary_key=True)
    tokens: Mapped[int] = mapped_column(BigInteger, default=0)


__all__ += ["LlmUsage"]
