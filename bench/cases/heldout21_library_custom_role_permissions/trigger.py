"""The help desk checks that a support agent may answer a customer's ticket.

The workspace's admins defined a "support" role on the settings page and gave it to
their support agent.
"""

from rbac.access import require
from rbac.workspace import Workspace

acme = Workspace("acme")
acme.add_member(1, "owner")
acme.define_role("support", {"projects.read", "tickets.reply"})
acme.add_member(7, "support")
require(acme, 7, "tickets.reply")
