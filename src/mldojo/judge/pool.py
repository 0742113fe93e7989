"""A pool of fork-servers, one per core by default, shared by the CLI and the web layer.

Each submission leases one zygote for all of its tests. A zygote that dies is replaced and
the run retried once; a second failure is reported as a system error (the caller turns it
into `SE`) and the slot gets a fresh zygote for the next submission.
"""

from __future__ import annotations

import atexit
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from mldojo.judge.forkserver import ForkServer, ForkServerDied, RawRun, RunLimits


def default_size() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


class Lease:
    """One zygote held by one submission."""

    def __init__(self, pool: JudgePool, slot: int) -> None:
        self.pool = pool
        self.slot = slot

    @property
    def server(self) -> ForkServer:
        return self.pool._server(self.slot)

    def run(self, job: bytes, limits: RunLimits) -> RawRun:
        try:
            return self.server.run(job, limits)
        except ForkServerDied:
            self.pool._respawn(self.slot)
        try:
            return self.server.run(job, limits)
        except ForkServerDied:
            self.pool._respawn(self.slot)
            raise


class JudgePool:
    """Thread-safe: `lease()` blocks until a zygote is free."""

    def __init__(self, size: int | None = None, **server_options: Any) -> None:
        self.size = size or default_size()
        self.server_options = server_options
        self._servers: list[ForkServer | None] = [None] * self.size
        self._free = list(range(self.size))
        self._cond = threading.Condition()
        self._start_lock = threading.Lock()
        self._closed = False

    def _make(self, slot: int) -> ForkServer:
        server = ForkServer(slot, **self.server_options)
        server.start()
        return server

    def _server(self, slot: int) -> ForkServer:
        with self._start_lock:
            server = self._servers[slot]
            if server is None or not server.alive():
                if server is not None:
                    server.close()
                server = self._servers[slot] = self._make(slot)
            return server

    def _respawn(self, slot: int) -> None:
        with self._start_lock:
            old = self._servers[slot]
            self._servers[slot] = None
        if old is not None:
            old.close()

    def start(self) -> None:
        """Start every zygote now (they must exist before any hidden data is loaded)."""
        for slot in range(self.size):
            self._server(slot)

    def hello(self) -> dict[str, Any]:
        """The first zygote's start-up report: versions and which layers are active."""
        return self._server(0).hello

    def pids(self) -> list[int]:
        return [s.pid for s in self._servers if s is not None and s.pid is not None]

    @contextmanager
    def lease(self) -> Iterator[Lease]:
        with self._cond:
            while not self._free:
                self._cond.wait()
            if self._closed:
                raise ForkServerDied("the judge pool is closed")
            slot = self._free.pop()
        try:
            yield Lease(self, slot)
        finally:
            with self._cond:
                self._free.append(slot)
                self._cond.notify()

    def close(self) -> None:
        with self._cond:
            self._closed = True
        for slot in range(self.size):
            self._respawn(slot)

    def __enter__(self) -> JudgePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


_default: JudgePool | None = None
_default_lock = threading.Lock()


def default_pool() -> JudgePool:
    """The process-wide pool (created on first use, closed at exit)."""
    global _default
    with _default_lock:
        if _default is None or _default._closed:
            _default = JudgePool(**default_server_options())
            atexit.register(_default.close)
        return _default


def default_server_options() -> dict[str, Any]:
    """Paths no Landlock grant may cover: mldojo itself, the banks, the data directory and
    a SQLite database kept outside it."""
    import mldojo
    from mldojo.config import load_settings

    package = os.path.dirname(os.path.abspath(mldojo.__file__))
    forbidden = [package]
    try:
        settings = load_settings()
        forbidden += [str(p) for p in settings.all_bank_paths] + [str(settings.home)]
        if settings.database_url.startswith("sqlite:///"):
            forbidden.append(settings.database_url.removeprefix("sqlite:///"))
    except Exception:  # a broken config file must not stop the judge from starting
        pass
    probe = [os.path.join(package, "judge", "checking.py")]
    return {"forbidden": forbidden, "probe_files": probe}
