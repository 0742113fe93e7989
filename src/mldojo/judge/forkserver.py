"""The judge's handle on one zygote (fork-server) process.

The zygote is a fresh `python -I -S` started with a minimal environment, never a fork of the
judge, so it cannot inherit hidden expectations. Talking to it is strictly request/response
over its stdin/stdout; a dead or hung zygote raises `ForkServerDied` and the pool replaces it.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from mldojo.judge.harness.wire import LENGTHS, WireError, pack_frame
from mldojo.judge.harness.zygote import BOOT

HARNESS_DIR = Path(__file__).with_name("harness")
START_TIMEOUT = 60.0
RESPONSE_GRACE = 10.0
SANDBOX_ENV = {
    "PATH": "/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "OPENBLAS_NUM_THREADS": "1",
    "OMP_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
}
"""The zygote's whole environment: nothing from the judge's (no secrets, no PYTHON*)."""


class ForkServerDied(Exception):
    """The zygote exited, hung or broke the protocol."""


@dataclass(frozen=True)
class RunLimits:
    cpu_seconds: float
    wall_seconds: float
    memory_mb: int
    output_bytes: int
    result_bytes: int


@dataclass
class RawRun:
    """What the zygote observed about one child; the verdict is decided elsewhere."""

    exit_code: int | None
    signal: int | None
    cpu: float
    wall: float
    maxrss_kb: int
    timed_out: bool
    output_overflow: bool
    result_overflow: bool
    result: bytes
    output: bytes


def site_dirs() -> list[str]:
    """Directories the zygote needs on sys.path: where NumPy and the sandbox bindings live."""
    found: list[str] = []
    for name in ("numpy", "pyseccomp", "landlock"):
        spec = find_spec(name)
        if spec is None or spec.origin is None:
            continue
        origin = Path(spec.origin).resolve()
        parent = origin.parent.parent if spec.submodule_search_locations else origin.parent
        if str(parent) not in found:
            found.append(str(parent))
    return found


def debug_enabled() -> bool:
    return bool(os.environ.get("MLDOJO_JUDGE_DEBUG"))


class ForkServer:
    """One zygote process and its slot number (which picks the per-slot uid when root)."""

    def __init__(
        self,
        slot: int = 0,
        *,
        forbidden: list[str] | None = None,
        probe_files: list[str] | None = None,
        harness_dir: Path = HARNESS_DIR,
        python: str = sys.executable,
        uid_drop: bool = True,
        netns: bool = True,
        landlock: bool = True,
        seccomp: bool = True,
    ) -> None:
        self.slot = slot
        self.config: dict[str, Any] = {
            "slot": slot,
            "site_dirs": site_dirs(),
            "forbidden": forbidden or [],
            "probe_files": probe_files or [],
            "uid_drop": uid_drop,
            "netns": netns,
            "landlock": landlock,
            "seccomp": seccomp,
        }
        self.harness_dir = harness_dir
        self.python = python
        self.hello: dict[str, Any] = {}
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc is not None else None

    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> None:
        command = [self.python, "-I", "-S", "-c", BOOT, str(self.harness_dir)]
        self._proc = subprocess.Popen(
            [*command, json.dumps(self.config)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=None if debug_enabled() else subprocess.DEVNULL,
            env=SANDBOX_ENV,
            cwd="/",
            close_fds=True,
        )
        header, _ = self._read(time.monotonic() + START_TIMEOUT)
        if header.get("op") != "hello":
            self.close()
            raise ForkServerDied("the fork-server did not say hello")
        self.hello = header

    def run(self, job: bytes, limits: RunLimits) -> RawRun:
        request = {
            "op": "run",
            "cpu": limits.cpu_seconds,
            "wall": limits.wall_seconds,
            "output_bytes": limits.output_bytes,
            "result_bytes": limits.result_bytes,
        }
        with self._lock:
            if not self.alive():
                raise ForkServerDied("the fork-server is not running")
            assert self._proc is not None and self._proc.stdin is not None
            try:
                self._proc.stdin.write(pack_frame(request, job))
                self._proc.stdin.flush()
            except OSError as exc:
                raise ForkServerDied(f"cannot write to the fork-server: {exc}") from None
            header, payload = self._read(time.monotonic() + limits.wall_seconds + RESPONSE_GRACE)
        try:
            result_len = int(header["result_len"])
            return RawRun(
                exit_code=header["exit_code"],
                signal=header["signal"],
                cpu=float(header["cpu"]),
                wall=float(header["wall"]),
                maxrss_kb=int(header["maxrss_kb"]),
                timed_out=bool(header["timed_out"]),
                output_overflow=bool(header["output_overflow"]),
                result_overflow=bool(header["result_overflow"]),
                result=payload[:result_len],
                output=payload[result_len:],
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ForkServerDied(f"malformed answer from the fork-server: {exc}") from None

    def _read(self, deadline: float) -> tuple[dict[str, Any], bytes]:
        assert self._proc is not None and self._proc.stdout is not None
        fd = self._proc.stdout.fileno()
        lengths = self._read_exact(fd, LENGTHS.size, deadline)
        head_len, payload_len = LENGTHS.unpack(lengths)
        if head_len > 1 << 20 or payload_len > 1 << 30:
            self.close()
            raise ForkServerDied("oversized frame from the fork-server")
        head = self._read_exact(fd, head_len, deadline)
        payload = self._read_exact(fd, payload_len, deadline)
        try:
            header = json.loads(head)
        except ValueError:
            header = None
        if not isinstance(header, dict):
            self.close()
            raise ForkServerDied("malformed frame from the fork-server")
        return header, payload

    def _read_exact(self, fd: int, size: int, deadline: float) -> bytes:
        chunks: list[bytes] = []
        while size > 0:
            remaining = deadline - time.monotonic()
            ready = select.select([fd], [], [], max(remaining, 0))[0] if remaining > 0 else []
            if not ready:
                self.close()
                raise ForkServerDied("the fork-server did not answer in time")
            chunk = os.read(fd, min(size, 1 << 20))
            if not chunk:
                self.close()
                raise ForkServerDied("the fork-server exited")
            chunks.append(chunk)
            size -= len(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        for stream in (proc.stdin, proc.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        try:
            proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=5)


__all__ = ["ForkServer", "ForkServerDied", "RawRun", "RunLimits", "WireError"]
