"""The fork-server: a fresh interpreter with NumPy imported once that forks one child per run.

Started by the judge as `python -I -S -c <boot> HARNESS_DIR CONFIG` with a minimal
environment, before the judge loads any hidden data, so this process never holds any. Requests
arrive as frames on stdin, answers leave as frames on stdout. Per run the zygote forks; the
child locks itself down and only then reads the job (learner source, driver source, inputs)
from a pipe. The zygote enforces the wall-clock deadline, caps the captured output and the
result, reaps the child with `wait4` for its CPU time, and reports the raw facts; the verdict
is the judge's.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import select
import signal
import socket
import sys
import time
from typing import Any

from . import guard, lockdown
from .lockdown import LockdownError, Plan
from .runtime import run_job
from .wire import decode_value, encode_value, pack_frame, read_frame, unpack_frame, write_all

PRELOAD = (
    "numpy", "numpy.linalg", "numpy.random", "numpy.fft", "numpy.polynomial", "numpy.ma",
    "numpy.lib.stride_tricks", "numpy.lib.recfunctions",
    "abc", "array", "bisect", "builtins", "cmath", "collections", "collections.abc",
    "contextlib", "copy", "dataclasses", "decimal", "enum", "fractions", "functools", "heapq",
    "io", "itertools", "json", "math", "numbers", "operator", "queue", "random", "re",
    "statistics", "string", "struct", "sys", "textwrap", "threading", "time", "traceback",
    "types", "typing", "unicodedata", "warnings", "weakref", "zipfile", "linecache",
)  # fmt: skip
PROBE_MODULE = (
    "colorsys"  # a stdlib module the zygote never imports: a lazy import after the lock-down
)
CHILD_FAILED = 70


def _preload() -> None:
    import importlib

    for name in PRELOAD:
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def _package_dirs() -> list[str]:
    import numpy

    root = os.path.dirname(os.path.abspath(numpy.__file__))
    dirs = [root]
    libs = root + ".libs"
    if os.path.isdir(libs):
        dirs.append(libs)
    return dirs


class Zygote:
    def __init__(self, config: dict[str, Any], base_path: list[str]) -> None:
        self.config = config
        self.ctl_in = os.dup(0)
        self.ctl_out = os.dup(1)
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, 0)
        os.dup2(null, 1)
        os.close(null)
        self.stdlib = lockdown.python_dirs(base_path)
        _preload()
        self.plan = Plan(slot=int(config.get("slot", 0)))
        self.layers: dict[str, dict[str, Any]] = {}
        self.notes: dict[str, Any] = {}
        self._prepare()
        self._warm_up()

    # --- start-up -----------------------------------------------------------------------

    def _layer(self, name: str, active: bool, detail: str) -> None:
        self.layers[name] = {"active": active, "detail": detail}

    def _prepare(self) -> None:
        config = self.config
        packages = _package_dirs()
        root = lockdown.running_as_root()
        if root and config.get("uid_drop", True):
            try:
                covered = lockdown.expose_private_paths(self.stdlib + packages)
                self.notes["covered"] = covered
                self.plan.uid_drop = True
            except OSError as exc:
                self.plan.disabled["uid-drop"] = f"cannot expose the interpreter: {exc}"
        elif not root:
            self.plan.disabled["uid-drop"] = "not running as root (seccomp limits signals)"
        else:
            self.plan.disabled["uid-drop"] = "disabled by configuration"
        grants, dropped = lockdown.read_grants(self.stdlib, packages, config.get("forbidden", []))
        self.notes["dropped_grants"] = dropped
        self.notes["grants"] = [g.path for g in grants]
        if config.get("landlock", True):
            try:
                self.plan.ruleset = lockdown.build_ruleset(grants)
            except Exception as exc:
                self.plan.disabled["landlock"] = f"unavailable: {exc}"
        else:
            self.plan.disabled["landlock"] = "disabled by configuration"
        if not config.get("seccomp", True):
            self.plan.disabled["seccomp"] = "disabled by configuration"
        else:
            try:
                import pyseccomp  # noqa: F401

                self.plan.seccomp = True
            except Exception as exc:
                self.plan.disabled["seccomp"] = f"pyseccomp unavailable: {exc}"
        if config.get("netns", True):
            self.plan.netns_flags = lockdown.CLONE_NEWNET | (0 if root else lockdown.CLONE_NEWUSER)
        else:
            self.plan.disabled["netns"] = "disabled by configuration"
        self._probe()

    def _probe(self) -> None:
        """Fork one child that applies every layer and reports which ones held."""
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            report: dict[str, Any] = {}
            for name, step in lockdown.child_steps(self.plan, 5, {write_end}):
                try:
                    step()
                    report[name] = "ok"
                except Exception as exc:
                    report[name] = f"failed: {exc}"
            report["checks"] = _probe_checks(self.config.get("probe_files", []))
            write_all(write_end, json.dumps(report).encode())
            os._exit(0)
        os.close(write_end)
        raw = b"".join(iter(lambda: os.read(read_end, 65536), b""))
        os.close(read_end)
        os.waitpid(pid, 0)
        try:
            report = json.loads(raw or b"{}")
        except ValueError:
            report = {}
        self.notes["probe"] = report

        def held(name: str) -> str | None:
            state = report.get(name)
            return None if state == "ok" else (state or "probe child died")

        self._layer("fork-server", True, f"zygote pid {os.getpid()}, NumPy preloaded")
        failed = held("rlimits")
        self._layer("rlimits", failed is None, failed or "AS, CPU, FSIZE=0, NOFILE, CORE=0")
        for name, attr, detail in (
            ("seccomp", "seccomp", "deny-list; signals only to the child's own pid"),
            ("landlock", "ruleset", "read-only: stdlib, NumPy, shared libraries"),
            ("netns", "netns_flags", "empty network namespace per run"),
            ("uid-drop", "uid_drop", f"uid {lockdown.SLOT_UID_BASE}+slot, RLIMIT_NPROC"),
        ):
            if not getattr(self.plan, attr):
                self._layer(name, False, self.plan.disabled.get(name, "unavailable"))
                continue
            failed = held(name)
            if failed is None:
                self._layer(name, True, detail)
                continue
            self._layer(name, False, failed)
            if name == "netns":
                self.plan.netns_flags = 0
            elif name == "landlock":
                self.plan.ruleset = None
            else:
                setattr(self.plan, attr, False)
        checks = report.get("checks", {})
        if checks.get("lazy_import") not in (None, "ok"):
            self._layer("uid-drop", False, f"lazy imports fail: {checks['lazy_import']}")
            self.plan.uid_drop = False
        if self.plan.netns_flags:
            self._enter_empty_netns()

    def _enter_empty_netns(self) -> None:
        """Move the zygote itself into the empty network namespace the probe child could make.

        Its children then start inside it: one `unshare` at start-up instead of one per run
        (making and tearing down a namespace costs a millisecond or more of kernel time per
        run). Nothing carries over between runs through it: sockets are denied by seccomp.
        """
        flags, self.plan.netns_flags = self.plan.netns_flags, 0
        try:
            lockdown.unshare(flags)
        except OSError as exc:
            self._layer("netns", False, f"the fork-server cannot enter one: {exc}")
            return
        self._layer("netns", True, "empty network namespace, entered by the fork-server")

    def _warm_up(self) -> None:
        """Do once here what every child would otherwise redo on copy-on-write pages: the
        codec's lazy set-up and the list of modules the import guard removes."""
        import numpy

        value = {"a": numpy.zeros(2), "b": (1, 2.0, None, "s", [True])}
        decode_value(encode_value(value), 1 << 20)
        guard.prepare_purge()

    def hello(self) -> dict[str, Any]:
        import numpy

        return {
            "op": "hello",
            "pid": os.getpid(),
            "python": platform.python_version(),
            "numpy": numpy.__version__,
            "uid": os.geteuid(),
            "layers": self.layers,
            "notes": self.notes,
        }

    # --- serving ------------------------------------------------------------------------

    def serve(self) -> None:
        write_all(self.ctl_out, pack_frame(self.hello()))
        while True:
            frame = read_frame(self.ctl_in)
            if frame is None:
                return
            header, payload = frame
            if header.get("op") == "run":
                response, body = self.run(header, payload)
                write_all(self.ctl_out, pack_frame(response, body))
            elif header.get("op") == "ping":
                write_all(self.ctl_out, pack_frame({"op": "pong", "pid": os.getpid()}))
            else:
                return

    def run(self, request: dict[str, Any], job: bytes) -> tuple[dict[str, Any], bytes]:
        cpu = float(request["cpu"])
        wall = float(request["wall"])
        out_cap = int(request["output_bytes"])
        res_cap = int(request["result_bytes"])
        job_r, job_w = os.pipe()
        res_r, res_w = os.pipe()
        out_r, out_w = os.pipe()
        started = time.monotonic()
        pid = os.fork()
        if pid == 0:
            self._child(cpu, job_r, res_w, out_w)
        for fd in (job_r, res_w, out_w):
            os.close(fd)
        facts = _supervise(pid, started + wall, job, job_w, res_r, out_r, out_cap, res_cap)
        facts["wall"] = time.monotonic() - started
        result, output = facts.pop("result"), facts.pop("output")
        facts.update(result_len=len(result), output_len=len(output))
        return facts, result + output

    def _child(self, cpu: float, job_r: int, res_w: int, out_w: int) -> None:
        """Never returns. Lock down first; only then read the job."""
        code = CHILD_FAILED
        try:
            null = os.open(os.devnull, os.O_RDONLY)
            os.dup2(null, 0)
            os.dup2(out_w, 1)
            os.dup2(out_w, 2)
            job_fd, res_fd = os.dup(job_r), os.dup(res_w)
            status_fd = os.open("/proc/self/status", os.O_RDONLY)
            keep = {job_fd, res_fd, status_fd}
            try:
                lockdown.lock_down(self.plan, cpu, keep)
            except LockdownError as exc:
                write_all(res_fd, pack_frame({"status": "lockdown", "message": str(exc)}))
                os._exit(CHILD_FAILED)
            data = b"".join(iter(lambda: os.read(job_fd, 1 << 20), b""))
            header, inputs = unpack_frame(data, max_header=len(data))

            def limit_memory(budget: int) -> None:
                os.lseek(status_fd, 0, os.SEEK_SET)
                status = os.read(status_fd, 1 << 16)
                size = int(status.split(b"VmSize:")[1].split()[0]) * 1024
                lockdown.limit_memory(budget, size)

            result = run_job(header, inputs, limit_memory)
            for stream in (sys.stdout, sys.stderr):
                with contextlib.suppress(BaseException):
                    stream.flush()
            write_all(res_fd, result)
            code = 0
        except BaseException:
            import traceback

            traceback.print_exc()  # lands in the captured output: a harness bug, shown as RE
            sys.stderr.flush()
        finally:
            os._exit(code)


def _probe_checks(secret_files: list[str]) -> dict[str, str]:
    """After the lock-down: can the child still import lazily, and is the rest shut?"""
    import importlib

    checks: dict[str, str] = {}
    try:
        importlib.import_module(PROBE_MODULE)
        checks["lazy_import"] = "ok"
    except Exception as exc:
        checks["lazy_import"] = f"{type(exc).__name__}: {exc}"
    for path in secret_files:
        try:
            with open(path, "rb"):
                checks["secret_read"] = f"could read {path}"
        except OSError:
            checks.setdefault("secret_read", "denied")
    try:
        socket.socket().close()
        checks["socket"] = "allowed"
    except OSError:
        checks["socket"] = "denied"
    return checks


def _supervise(
    pid: int,
    deadline: float,
    job: bytes,
    job_w: int,
    res_r: int,
    out_r: int,
    out_cap: int,
    res_cap: int,
) -> dict[str, Any]:
    """Feed the job, collect capped result and output, enforce the wall deadline, reap."""
    for fd in (job_w, res_r, out_r):
        os.set_blocking(fd, False)
    try:
        pidfd: int | None = os.pidfd_open(pid)
    except (AttributeError, OSError):
        pidfd = None
    pending = memoryview(job)
    buffers = {res_r: bytearray(), out_r: bytearray()}
    caps = {res_r: res_cap, out_r: out_cap}
    open_fds = {res_r, out_r}
    facts: dict[str, Any] = {
        "timed_out": False,
        "output_overflow": False,
        "result_overflow": False,
    }
    status: tuple[int, int, Any] | None = None
    killed = False

    def kill() -> None:
        nonlocal killed
        killed = True
        for target in (
            lambda: os.killpg(pid, signal.SIGKILL),
            lambda: os.kill(pid, signal.SIGKILL),
        ):
            with contextlib.suppress(OSError):
                target()

    while status is None:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            facts["timed_out"] = True
            kill()
            break
        readers = list(open_fds) + ([pidfd] if pidfd is not None else [])
        writers = [job_w] if pending else []
        ready_r, ready_w, _ = select.select(readers, writers, [], min(remaining, 0.05))
        if job_w in ready_w:
            try:
                pending = pending[os.write(job_w, pending[: 1 << 16]) :]
            except BlockingIOError:
                pass
            except OSError:
                pending = memoryview(b"")
            if not pending:
                os.close(job_w)
                job_w = -1
        for fd in ready_r:
            if fd in open_fds and _drain(fd, buffers[fd], caps[fd], open_fds):
                facts["result_overflow" if fd == res_r else "output_overflow"] = True
                kill()
        if killed:
            break
        if not open_fds or pidfd in ready_r or pidfd is None:
            done_pid, code, usage = os.wait4(pid, os.WNOHANG)
            if done_pid:
                status = (done_pid, code, usage)
    if status is None:
        _, code, usage = os.wait4(pid, 0)
        status = (pid, code, usage)
    for fd in list(open_fds):
        _drain(fd, buffers[fd], caps[fd], open_fds)
    for fd in (job_w, res_r, out_r, pidfd if pidfd is not None else -1):
        if fd >= 0:
            with contextlib.suppress(OSError):
                os.close(fd)
    _, code, usage = status
    facts.update(
        exit_code=os.WEXITSTATUS(code) if os.WIFEXITED(code) else None,
        signal=os.WTERMSIG(code) if os.WIFSIGNALED(code) else None,
        cpu=usage.ru_utime + usage.ru_stime,
        maxrss_kb=usage.ru_maxrss,
        result=bytes(buffers[res_r][:res_cap]),
        output=bytes(buffers[out_r][:out_cap]),
    )
    return facts


def _drain(fd: int, buffer: bytearray, cap: int, open_fds: set[int]) -> bool:
    """Read what is available; True when the cap is exceeded."""
    while True:
        try:
            chunk = os.read(fd, 1 << 16)
        except BlockingIOError:
            return False
        except OSError:
            chunk = b""
        if not chunk:
            open_fds.discard(fd)
            return False
        buffer += chunk
        if len(buffer) > cap:
            open_fds.discard(fd)
            return True


def main(config_json: str, base_path: list[str]) -> None:
    """`base_path`: sys.path before the site directories were added (the stdlib only)."""
    config = json.loads(config_json)
    lockdown.set_parent_death_signal()
    Zygote(config, base_path).serve()


BOOT = """
import sys, json, importlib.util
_dir = sys.argv[1]
_base_path = [p for p in sys.path if p]
sys.path.extend(json.loads(sys.argv[2]).get("site_dirs", []))
_spec = importlib.util.spec_from_file_location(
    "_mldojo_harness", _dir + "/__init__.py", submodule_search_locations=[_dir])
_pkg = importlib.util.module_from_spec(_spec)
sys.modules["_mldojo_harness"] = _pkg
_spec.loader.exec_module(_pkg)
from _mldojo_harness import zygote
zygote.main(sys.argv[2], _base_path)
"""
"""What the judge runs with `python -I -S -c`: load this folder as a package by path."""
