from __future__ import annotations

from typing import Literal

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from workspaces import store
from workspaces.plans import seat_limit, seats_left

app = FastAPI()


class InvitationIn(BaseModel):
    email: str
    role: Literal["viewer", "member", "admin"] = "member"


def _workspace(slug: str) -> store.Workspace:
    workspace = store.workspace(slug)
    if workspace is None:
        raise HTTPException(status_code=404, detail="no such workspace")
    return workspace


def _seats_used(workspace: store.Workspace) -> int:
    return len(workspace.members) + len(store.pending(workspace.slug))


@app.get("/workspaces/{slug}/seats")
def seats(slug: str) -> dict[str, object]:
    workspace = _workspace(slug)
    used = _seats_used(workspace)
    return {
        "plan": workspace.plan,
        "used": used,
        "limit": seat_limit(workspace.plan),
        "left": seats_left(workspace.plan, used),
    }


@app.get("/workspaces/{slug}/invitations")
def list_invitations(slug: str) -> list[dict[str, object]]:
    _workspace(slug)
    return [{"id": i.id, "email": i.email, "role": i.role} for i in store.pending(slug)]


@app.post("/workspaces/{slug}/invitations", status_code=201)
def invite(slug: str, body: InvitationIn) -> dict[str, object]:
    """Invite someone by e-mail. A pending invitation holds a seat, so a workspace whose
    plan is full answers 402 until someone leaves or the plan is upgraded."""
    workspace = _workspace(slug)
    email = body.email.strip().lower()
    if email in workspace.members or any(i.email == email for i in store.pending(slug)):
        raise HTTPException(status_code=409, detail="already a member or invited")
    if _seats_used(workspace) >= seat_limit(workspace.plan):
        raise HTTPException(status_code=402, detail="no seats left on this plan")
    invitation = store.add_invitation(slug, email, body.role)
    return {"id": invitation.id, "email": invitation.email, "role": invitation.role}
