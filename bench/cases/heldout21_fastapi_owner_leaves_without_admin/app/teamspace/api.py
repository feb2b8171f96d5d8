from __future__ import annotations

from typing import Annotated

from fastapi import Depends, FastAPI, Header, HTTPException
from pydantic import BaseModel

from teamspace import store

app = FastAPI()

#: What the previous owner becomes after handing the workspace over.
FORMER_OWNER_ROLE = "admin"


def workspace(slug: str) -> store.Workspace:
    found = store.get(slug)
    if found is None:
        raise HTTPException(status_code=404, detail="no such workspace")
    return found


def actor(
    ws: Annotated[store.Workspace, Depends(workspace)],
    x_user_id: Annotated[int, Header()],
) -> store.Member:
    """The signed-in user (the gateway sets X-User-Id), as a member of this workspace."""
    member = ws.members.get(x_user_id)
    if member is None:
        raise HTTPException(status_code=403, detail="not a member of this workspace")
    return member


Workspace = Annotated[store.Workspace, Depends(workspace)]
Actor = Annotated[store.Member, Depends(actor)]


class Transfer(BaseModel):
    to: int


@app.get("/workspaces/{slug}/members")
def members(ws: Workspace, me: Actor) -> list[dict[str, object]]:
    return [store.as_dict(m) for m in sorted(ws.members.values(), key=lambda m: m.joined)]


@app.delete("/workspaces/{slug}/members/{user_id}", status_code=204)
def remove_member(user_id: int, ws: Workspace, me: Actor) -> None:
    """Admins remove other members. Nobody removes the owner: the owner leaves (or hands
    the workspace over) of their own accord."""
    if me.role not in ("owner", "admin"):
        raise HTTPException(status_code=403, detail="only admins remove members")
    target = ws.members.get(user_id)
    if target is None:
        raise HTTPException(status_code=404, detail="no such member")
    if target.role == "owner":
        raise HTTPException(status_code=409, detail="the owner cannot be removed")
    del ws.members[user_id]


@app.post("/workspaces/{slug}/transfer")
def transfer(body: Transfer, ws: Workspace, me: Actor) -> dict[str, object]:
    if me.role != "owner":
        raise HTTPException(status_code=403, detail="only the owner transfers ownership")
    target = ws.members.get(body.to)
    if target is None:
        raise HTTPException(status_code=404, detail="no such member")
    me.role = FORMER_OWNER_ROLE
    target.role = "owner"
    return {"workspace": ws.slug, "owner": target.user_id}


def _successor(ws: store.Workspace) -> store.Member:
    """The admin who has been in the workspace longest."""
    admins = sorted((m for m in ws.members.values() if m.role == "admin"), key=lambda m: m.joined)
    return admins[0]


@app.post("/workspaces/{slug}/leave")
def leave(ws: Workspace, me: Actor) -> dict[str, object]:
    """The signed-in user leaves the workspace.

    A workspace never goes without an owner. When the owner leaves, the admin who has
    been in the workspace longest takes over; when there is no admin to take over, the
    owner cannot leave (409 Conflict) and has to transfer ownership first.
    """
    if me.role == "owner":
        successor = _successor(ws)
        successor.role = "owner"
    del ws.members[me.user_id]
    return {"workspace": ws.slug, "owner": ws.owner().user_id}
