"""What the server's issue watch (notifications and the recurrence watch) costs the ingest.

    python bench/recurrence_watch.py [--events 3000] [--clients 8]

Runs the server in this process (real HTTP on loopback, SQLite), sends error events from
several client threads, half of them of an issue whose fix is merged (so every round
places their release with git), and prints the CPU the watch's thread used against the
CPU of the whole process in the same run, with its rounds. A ratio, not a time: the
machine may be shared.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from sqlalchemy import update

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.support.envelopes import error_event, event_envelope  # noqa: E402
from tests.support.server import ThreadServer  # noqa: E402

from bugstack.server.storage.models import Issue, Project  # noqa: E402


def _repo(where: Path) -> tuple[str, str]:
    def git(*args: str) -> str:
        return subprocess.run(["git", "-c", "user.name=b", "-c", "user.email=b@b", *args],
                              cwd=where, check=True, capture_output=True, text=True).stdout

    where.mkdir()
    git("init", "--quiet")
    (where / "a.py").write_text("x = 1\n")
    git("add", ".")
    git("commit", "--quiet", "-m", "one")
    fix = git("rev-parse", "HEAD").strip()
    (where / "a.py").write_text("x = 2\n")
    git("commit", "--quiet", "-am", "two")
    return fix, git("rev-parse", "HEAD").strip()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--clients", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp, ThreadServer(Path(tmp) / "data") as server:
        fix, release = _repo(Path(tmp) / "repo")
        project = server.new_project("shop", repository=str(Path(tmp) / "repo"))
        url = f"{server.url}/api/{project.id}/envelope/"
        headers = {"X-Sentry-Auth": f"Sentry sentry_key={project.api_key}"}
        httpx.post(url, content=event_envelope(error_event(release=release)),
                   headers=headers, timeout=60).raise_for_status()
        database = server.database()
        with database.engine.begin() as connection:
            connection.execute(update(Project).values(auto_fix=False))
            connection.execute(update(Issue).values(status="fix_proposed", fix_commit=fix))
        database.dispose()
        watch = server.app._fallback.state.issue_watch
        cpu_before, watch_before, rounds_before = (time.process_time(), watch.cpu_seconds,
                                                   watch.rounds)
        started = time.monotonic()

        local = threading.local()

        def send(n: int) -> int:
            if not hasattr(local, "client"):  # one keep-alive connection per client thread
                local.client = httpx.Client(timeout=60)
            event = error_event(function=f"f{n % 40}", release=f"1.{n % 7}") if n % 2 else \
                error_event(release=release if n % 4 else fix)
            return int(local.client.post(url, content=event_envelope(event),
                                         headers=headers).status_code)

        with ThreadPoolExecutor(args.clients) as pool:
            codes = list(pool.map(send, range(args.events)))
        while not watch.idle():
            time.sleep(0.05)
        elapsed = time.monotonic() - started
        cpu = time.process_time() - cpu_before
        watch_cpu = watch.cpu_seconds - watch_before
        print(f"{codes.count(200)}/{len(codes)} answered 200 in {elapsed:.1f} s "
              f"({codes.count(200) / elapsed:.0f}/s)")
        print(f"process CPU {cpu:.2f} s (server and clients); issue watch {watch_cpu:.2f} s "
              f"in {watch.rounds - rounds_before} rounds = {100 * watch_cpu / cpu:.1f}%")


if __name__ == "__main__":
    main()
