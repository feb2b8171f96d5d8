"""A new server runs the backup job with only the required setting."""

import os
import runpy
import sys

for name in ("BACKUP_RETENTION_DAYS", "BACKUP_COMPRESSION"):
    os.environ.pop(name, None)
os.environ["BACKUP_TARGET"] = "/mnt/backups"
sys.argv = ["backup.run"]
runpy.run_module("backup.run", run_name="__main__", alter_sys=True)
