"""From what the zygote observed to a test verdict (judge-sandbox.md, table 5.2).

Order: SE, TLE, OLE, CE, BANNED, MLE, RE, WA, AC. The result frame is parsed here with caps
and no pickle; the comparison is the problem's `check()` in this process, so nothing the
learner's code printed, patched or returned besides plain data can influence it. Messages for
hidden tests name the case's label and the property that failed, never the hidden data, and
never the text of the learner's own exceptions (which could echo hidden inputs).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from mldojo.judge.checking import Case, WrongAnswer
from mldojo.judge.forkserver import RawRun, RunLimits
from mldojo.judge.harness.wire import WireError, decode_value, unpack_frame
from mldojo.judge.problem import Problem
from mldojo.judge.verdicts import TestResult, Verdict

MAX_STDOUT_SHOWN = 4096
MEMORY_NEAR = 0.9


def _host_prefixes() -> list[tuple[str, str]]:
    import numpy

    import mldojo

    pairs = [
        (os.path.dirname(os.path.dirname(os.path.abspath(numpy.__file__))), "<site-packages>"),
        (os.path.dirname(os.path.abspath(mldojo.__file__)), "<mldojo>"),
        (sys.prefix, "<python>"),
        (sys.base_prefix, "<python>"),
        (str(Path.home()), "~"),
    ]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


_PREFIXES = _host_prefixes()


def sanitize(text: str) -> str:
    """Hide host paths (interpreter, site-packages, home) in text shown to the learner."""
    for prefix, replacement in _PREFIXES:
        if prefix and prefix != "/":
            text = text.replace(prefix, replacement)
    return text


def preview(value: Any, limit: int = 2000) -> Any:
    """JSON-friendly rendering of inputs and outputs for public tests; big arrays summarised."""
    import numpy as np

    if isinstance(value, np.ndarray):
        if value.size > limit:
            return {"shape": list(value.shape), "dtype": str(value.dtype), "truncated": True}
        return value.tolist()
    if isinstance(value, np.generic):
        return value.item()
    if isinstance(value, dict):
        return {str(k): preview(v, limit) for k, v in value.items()}
    if isinstance(value, list | tuple):
        if len(value) > limit:
            return {"length": len(value), "truncated": True}
        return [preview(v, limit) for v in value]
    if isinstance(value, float | int | str | bool) or value is None:
        return value
    return repr(value)[:200]


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


class Evaluation:
    """Builds one TestResult; kept as a class so each rule reads as one short method."""

    def __init__(self, problem: Problem, case: Case, limits: RunLimits, raw: RawRun) -> None:
        self.problem = problem
        self.case = case
        self.limits = limits
        self.raw = raw
        self.output: Any = None

    def result(
        self, verdict: Verdict, message: str, public_message: str | None = None
    ) -> TestResult:
        case = self.case
        shown = message if case.hidden else (public_message or message)
        if case.hidden and case.label and verdict is not Verdict.AC:
            shown = f"{case.label}: {shown}"
        test = TestResult(
            name=case.name,
            hidden=case.hidden,
            verdict=verdict,
            message=sanitize(shown),
            time_ms=self.raw.cpu * 1000,
            label=case.label,
            points=float(case.extra.get("points", 1)),
        )
        if not case.hidden:
            test.input = preview(case.inputs)
            test.output = preview(self.output)
            test.expected = preview(case.expected)
            text = self.raw.output[:MAX_STDOUT_SHOWN].decode("utf-8", "replace")
            test.stdout = sanitize(text)
        return test

    def verdict(self) -> TestResult:
        raw, limits = self.raw, self.limits
        header: dict[str, Any] | None = None
        payload = b""
        if raw.result and not raw.result_overflow:
            try:
                header, payload = unpack_frame(raw.result, max_header=limits.result_bytes)
            except WireError:
                header = {"status": "unreadable"}
        status = header.get("status") if header else None
        if status == "lockdown":
            return self.result(Verdict.SE, "the sandbox could not be set up")
        if raw.timed_out:
            return self.result(Verdict.TLE, f"wall-clock limit of {limits.wall_seconds:g} s hit")
        # SIGXCPU comes from RLIMIT_CPU (the kernel's own CPU clock, which the rusage figures
        # may trail by a tick or two on a busy machine); SIGKILL at about the limit is the
        # hard limit.
        if (
            raw.cpu > limits.cpu_seconds
            or raw.signal == signal.SIGXCPU
            or (raw.signal == signal.SIGKILL and raw.cpu >= limits.cpu_seconds * 0.9)
        ):
            return self.result(Verdict.TLE, f"CPU time limit of {limits.cpu_seconds:g} s exceeded")
        if raw.output_overflow:
            kib = limits.output_bytes // 1024
            return self.result(Verdict.OLE, f"printed more than {kib} KiB")
        if raw.result_overflow:
            kib = limits.result_bytes // 1024
            return self.result(Verdict.OLE, f"returned more than {kib} KiB of data")
        assert header is not None or status is None
        if status in ("compile_error", "missing_entry"):
            return self.compile_failure(header or {})
        if status == "banned" or (header and header.get("banned")):
            what = (header or {}).get("what") or (header or {}).get("banned")
            return self.result(Verdict.BANNED, f"`{what}` is not allowed in this problem")
        if status == "memory" or (
            raw.signal is not None
            and raw.maxrss_kb * 1024 >= MEMORY_NEAR * (limits.memory_mb << 20)
        ):
            return self.result(Verdict.MLE, f"memory limit of {limits.memory_mb} MiB exceeded")
        if status == "exception":
            return self.exception(header or {})
        if raw.signal is not None:
            return self.result(Verdict.RE, f"killed by {_signal_name(raw.signal)}")
        if status is None:
            return self.result(Verdict.RE, f"no result (exit code {raw.exit_code})")
        if raw.exit_code != 0:
            return self.result(Verdict.RE, f"exited with code {raw.exit_code}")
        if status == "bad_output":
            message = str((header or {}).get("message", ""))[:500]
            return self.result(Verdict.WA, "the returned value cannot be read", message)
        if status != "ok":
            return self.result(Verdict.WA, "the result could not be read")
        return self.check(payload)

    def compile_failure(self, header: dict[str, Any]) -> TestResult:
        if header.get("status") == "missing_entry":
            entry = self.problem.spec.entry_point
            return self.result(Verdict.CE, f"your file does not define `{entry}`")
        line = header.get("line")
        return self.result(Verdict.CE, f"line {line}: {header.get('message', '')}")

    def exception(self, header: dict[str, Any]) -> TestResult:
        name = str(header.get("error_type", "Exception"))[:100]
        line = header.get("line")
        where = f" at line {line}" if isinstance(line, int) else ""
        detail = str(header.get("message", ""))[:1000]
        public = f"{name}{where}: {detail}" if detail else f"{name}{where}"
        return self.result(Verdict.RE, f"{name}{where}", public)

    def check(self, payload: bytes) -> TestResult:
        try:
            self.output = decode_value(payload, self.limits.result_bytes)
        except WireError as exc:
            return self.result(Verdict.WA, "the result could not be read", f"unreadable: {exc}")
        try:
            self.problem.check(self.case, self.output)
        except WrongAnswer as exc:
            message = str(exc) or "wrong answer"
            detail = getattr(exc, "detail", "")
            return self.result(Verdict.WA, message, f"{message} ({detail})" if detail else message)
        except Exception as exc:  # the output had a shape the checker did not expect
            return self.result(
                Verdict.WA,
                f"the output could not be checked ({type(exc).__name__})",
                f"the output could not be checked ({type(exc).__name__}: {exc})",
            )
        return self.result(Verdict.AC, "")


def evaluate(problem: Problem, case: Case, limits: RunLimits, raw: RawRun | None) -> TestResult:
    if raw is None:
        return TestResult(
            case.name, case.hidden, Verdict.SE, "the judge's sandbox failed twice", label=case.label
        )
    return Evaluation(problem, case, limits, raw).verdict()
