"""Child processes under the benchmark's clock: the peak memory of a process tree, and a
preview server started as a child, asked for one page over HTTP until the page shows a
text, and always stopped.

Builds are measured with `PeakRss` by `bench/run.py`; servers (`digest serve`, `hugo
server`) by its `serve-edit` scenario.
Times are wall seconds from `time.perf_counter()`; a poll is a GET on one keep-alive
connection (opened again whenever the server closes it: `digest serve` answers in
HTTP/1.0 and closes every connection) every `POLL_SECONDS`.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import signal
import socket
import subprocess
import threading
import time
from pathlib import Path

# Between two polls. Small against the times measured (tens of milliseconds and more), so
# a change is seen at most this much (plus one request) after the server can show it.
POLL_SECONDS = 0.005


def tree_rss_kib(root_pid: int) -> int:
    """Sum of VmRSS over a process and its descendants, read from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status", encoding="ascii", errors="replace") as status:
                ppid = kib = 0
                for line in status:
                    if line.startswith("PPid:"):
                        ppid = int(line.split()[1])
                    elif line.startswith("VmRSS:"):
                        kib = int(line.split()[1])
        except (OSError, ValueError):
            continue
        parents[int(entry)] = ppid
        rss[int(entry)] = kib
    total = 0
    for pid in rss:
        walker = pid
        while walker and walker != root_pid:
            walker = parents.get(walker, 0)
        if walker == root_pid:
            total += rss[pid]
    return total


class PeakRss:
    """The largest `tree_rss_kib` of a process, sampled every 50 ms in a thread until
    `stop()`."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self.kib = 0
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        while not self._done.wait(0.05):
            self.kib = max(self.kib, tree_rss_kib(self.pid))

    def stop(self) -> int:
        self._done.set()
        self._thread.join()
        return self.kib


def free_port() -> int:
    """A TCP port nobody listens on now: bind to port 0 and let the kernel pick one."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _group_running(group: int) -> bool:
    """Whether a process of this process group runs (zombies, dead but not yet reaped by
    whoever adopted them, do not count)."""
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            if int(fields[2]) == group and fields[0] != "Z":  # state, ppid, pgrp, ...
                return True
    return False


class ServerFailed(RuntimeError):
    """The server exited, or did not show the page in time."""


class Server:
    """One server process in its own process group (its children, such as Pagefind, go
    with it when it is stopped), its output in `log`, its peak memory in `peak_kib` once
    stopped."""

    def __init__(
        self,
        command: list[str],
        cwd: Path,
        port: int,
        log: Path,
        env: dict[str, str] | None = None,
        stop_timeout: float = 15.0,
    ) -> None:
        self.port = port
        self.stop_timeout = stop_timeout
        self.log = log
        self._log_file = log.open("wb")
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            command, cwd=cwd, env=env, stdout=self._log_file, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.rss = PeakRss(self.process.pid)
        self.peak_kib = 0

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *_: object) -> None:
        self.stop()

    def get(self, path: str) -> tuple[int, bytes] | None:
        """One GET; None while nothing answers (not listening yet, or the connection
        dropped)."""
        try:
            self.connection.request("GET", path)
            response = self.connection.getresponse()
            body = response.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()  # the next request connects again
            return None
        if response.will_close:
            self.connection.close()
        return response.status, body

    def wait_for(self, path: str, text: bytes, timeout: float) -> float:
        """Poll `path` until it answers 200 with `text` in its bytes; return the
        `perf_counter()` of that answer."""
        deadline = time.perf_counter() + timeout
        while True:
            answer = self.get(path)
            now = time.perf_counter()
            if answer is not None and answer[0] == 200 and text in answer[1]:
                return now
            if self.process.poll() is not None:
                raise ServerFailed(f"the server exited ({self.process.returncode}):\n{self.output()}")
            if now > deadline:
                status = "no answer" if answer is None else f"status {answer[0]}"
                raise ServerFailed(
                    f"{path} did not show {text!r} in {timeout:.0f} s ({status}):\n{self.output()}"
                )
            time.sleep(POLL_SECONDS)

    def output(self) -> str:
        self._log_file.flush()
        return self.log.read_text(encoding="utf-8", errors="replace")[-3000:]

    def stop(self) -> None:
        """Terminate, wait, kill: the server first (it stops its own children on SIGTERM,
        as on Ctrl-C), then whatever is left of its process group."""
        self.connection.close()
        try:
            if self.process.poll() is None:
                self.process.terminate()
                try:
                    self.process.wait(timeout=self.stop_timeout)
                except subprocess.TimeoutExpired:
                    self.process.kill()
                    self.process.wait()
            with contextlib.suppress(ProcessLookupError):
                os.killpg(self.process.pid, signal.SIGKILL)  # children it left, if any
            # A signal is delivered when its process next runs: wait for that, so the next
            # server timed never shares the machine with this one's last breath.
            deadline = time.perf_counter() + 10
            while _group_running(self.process.pid) and time.perf_counter() < deadline:
                time.sleep(0.01)
        finally:
            self.peak_kib = self.rss.stop()
            self._log_file.close()
