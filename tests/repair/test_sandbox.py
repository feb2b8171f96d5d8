"""The sandbox: secrets stay out, time and memory are bounded, process groups die, no
network where the platform allows it, and the temporary home is removed."""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from bugstack.repair.sandbox import (
    Isolation,
    SandboxLimits,
    isolation_level,
    network_isolation_available,
    run_sandboxed,
)


def _python(code: str, tmp_path: Path, **limits: object) -> tuple[int, str, str, bool]:
    result = run_sandboxed([sys.executable, "-c", code], tmp_path, SandboxLimits(**limits))  # type: ignore[arg-type]
    return result.returncode, result.stdout, result.stderr, result.timed_out


def test_environment_is_stripped_of_secrets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BUGSTACK_API_KEY", "bs_live_secret")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "very-secret")
    code, out, _, _ = _python("import os, json; print(json.dumps(dict(os.environ)))", tmp_path)
    assert code == 0
    assert "very-secret" not in out and "bs_live_secret" not in out
    assert '"PATH"' in out
    assert f'"HOME": "{Path.home()}"' not in out


def test_home_is_a_fresh_directory_removed_afterwards(tmp_path: Path) -> None:
    code, out, _, _ = _python(
        "import os, pathlib; home = pathlib.Path(os.environ['HOME']);"
        "(home / 'left-behind.txt').write_text('x'); print(home)", tmp_path)
    assert code == 0
    home = Path(out.strip())
    assert home != Path.home()
    assert not home.exists()


def _running_with(token: str) -> list[int]:
    """Host pids of live (not zombie) processes whose command line contains ``token``: a
    sandbox may number its processes in a PID namespace of its own, so its pids mean
    nothing here."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().decode("utf-8", "replace")
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except (OSError, IndexError):
            continue
        if token in cmdline and state != "Z":
            found.append(int(entry.name))
    return found


def test_timeout_kills_the_whole_process_group(tmp_path: Path) -> None:
    token = f"bugstack-grandchild-{uuid.uuid4().hex}"
    code = (
        "import os, subprocess, sys, time\n"
        # One child in the group, one that leaves it with setsid: both must die.
        f"subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(3600)', {token!r}])\n"
        f"subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(3600)', {token!r}],"
        " start_new_session=True)\n"
        "print('started', flush=True)\n"
        "time.sleep(3600)\n"
    )
    returncode, out, _, timed_out = _python(code, tmp_path, timeout=5)
    assert timed_out and returncode != 0
    assert "started" in out
    deadline = time.monotonic() + 30
    while _running_with(token) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = _running_with(token)
    if left and isolation_level() is not Isolation.BWRAP:
        for pid in left:  # a setsid escapee outlives the group without a PID namespace
            os.kill(pid, 9)
        pytest.skip("without a PID namespace a process that calls setsid leaves the group")
    assert not left


def test_memory_limit_stops_a_runaway_allocation(tmp_path: Path) -> None:
    code, _, err, _ = _python("x = bytearray(1024 ** 3)", tmp_path,
                              memory_bytes=256 * 1024 ** 2)
    assert code != 0
    assert "MemoryError" in err


def test_cpu_limit_stops_a_busy_loop(tmp_path: Path) -> None:
    code, _, _, timed_out = _python("while True: pass", tmp_path, cpu_seconds=1, timeout=60)
    assert code != 0 and not timed_out


@pytest.fixture
def listener() -> Iterator[int]:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                connection, _ = server.accept()
                connection.close()
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield int(server.getsockname()[1])
    stop.set()
    thread.join()
    server.close()


def test_no_network_when_the_platform_allows_it(tmp_path: Path, listener: int) -> None:
    probe = (f"import socket; s = socket.socket(); s.settimeout(2);"
             f"print(s.connect_ex(('127.0.0.1', {listener})))")
    allowed = run_sandboxed([sys.executable, "-c", probe], tmp_path,
                            SandboxLimits(network=True))
    assert allowed.stdout.strip() == "0"
    isolated = run_sandboxed([sys.executable, "-c", probe], tmp_path, SandboxLimits())
    if not network_isolation_available():
        pytest.skip("unprivileged network namespaces are not available here")
    assert isolated.isolated_network
    assert isolated.stdout.strip() != "0"


def test_a_shared_directory_is_never_lent_to_the_sandbox(tmp_path: Path) -> None:
    # Lending /tmp would chown every user's files in it to the sandbox's uid.
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o1777)
    shared.chmod(0o1777)
    for directory in (Path("/"), shared):
        with pytest.raises(ValueError, match="shared"):
            run_sandboxed(["true"], directory)


def test_a_program_that_does_not_exist_is_reported(tmp_path: Path) -> None:
    result = run_sandboxed(["bugstack-no-such-program"], tmp_path)
    assert result.returncode == 127 and "cannot start" in result.stderr
