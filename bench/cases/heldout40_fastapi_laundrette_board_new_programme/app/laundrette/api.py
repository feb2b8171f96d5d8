from __future__ import annotations

from datetime import datetime, timedelta

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from laundrette import machines
from laundrette.machines import PROGRAMME_MINUTES, Machine

app = FastAPI()


class Start(BaseModel):
    programme: str
    at: datetime


def _status(machine: Machine) -> dict[str, object]:
    """What the board in the shop window shows for one machine: free machines have no
    programme and no free_at; a running one shows when it will be free again."""
    if machine.programme is None or machine.started_at is None:
        return {"id": machine.id, "kind": machine.kind, "programme": None, "free_at": None}
    free_at = machine.started_at + timedelta(minutes=PROGRAMME_MINUTES[machine.programme])
    return {
        "id": machine.id,
        "kind": machine.kind,
        "programme": machine.programme,
        "free_at": free_at.isoformat(timespec="minutes"),
    }


@app.get("/machines")
def board() -> list[dict[str, object]]:
    return [_status(machine) for machine in machines.all_machines()]


@app.get("/machines/{machine_id}")
def one_machine(machine_id: int) -> dict[str, object]:
    machine = machines.get(machine_id)
    if machine is None:
        raise HTTPException(status_code=404)
    return _status(machine)


@app.post("/machines/{machine_id}/start")
def start_machine(machine_id: int, body: Start) -> dict[str, object]:
    """Called by the payment terminal when a customer pays and presses start."""
    if machines.get(machine_id) is None:
        raise HTTPException(status_code=404)
    return _status(machines.start(machine_id, body.programme, body.at))
