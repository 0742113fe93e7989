"""One run inside the locked-down child: load the learner's file, call the driver, encode.

Everything the learner's code raises is caught here and described in the result frame's
header (status, exception type, line in the learner's file). The judge decides the verdict;
nothing in this process can change it except by returning different data.
"""

from __future__ import annotations

import builtins
import errno
import sys
import types
from collections.abc import Callable
from types import TracebackType
from typing import Any

from . import guard
from .helpers import DRIVER_NAMES, PROVIDABLE
from .wire import BadOutput, decode_value, encode_value, pack_frame

MAX_MESSAGE = 1000
DRIVER_FILE = "driver.py"


def _describe(exc: BaseException) -> str:
    try:
        text = str(exc)
    except BaseException:  # a learner-defined __str__ that fails
        text = "<unprintable>"
    return text[:MAX_MESSAGE]


def _submission_line(tb: TracebackType | None) -> int | None:
    line = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == guard.SUBMISSION_FILE:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def _frame(status: str, payload: bytes = b"", **fields: Any) -> bytes:
    header = {"status": status, "banned": guard.first_hit(), **fields}
    return pack_frame(header, payload)


def _failure(exc: BaseException) -> bytes:
    name = type(exc).__name__
    line = _submission_line(exc.__traceback__)
    if isinstance(exc, guard.Banned):
        return _frame("banned", what=_describe(exc), line=line)
    if isinstance(exc, MemoryError) or (isinstance(exc, OSError) and exc.errno == errno.ENOMEM):
        return _frame("memory", error_type=name, message=_describe(exc), line=line)
    if isinstance(exc, BadOutput):
        return _frame("bad_output", message=_describe(exc))
    if line is None and not isinstance(exc, SystemExit):
        # Raised by the driver, not by the learner's code: the returned value was unreadable.
        return _frame("bad_output", message=f"{name}: {_describe(exc)}")
    return _frame("exception", error_type=name, message=_describe(exc), line=line)


def run_job(header: dict[str, Any], inputs: bytes, limit_memory: Callable[[int], None]) -> bytes:
    """Run the learner's `entry` through the driver on one case; return a result frame."""
    reserve = bytearray(1 << 20)  # freed on MemoryError so the report itself can be built
    try:
        case = decode_value(inputs, len(inputs))
        guard.install_banned_calls(header.get("banned_calls", []))
        guard.install_import_guard()
        module = types.ModuleType("submission")
        for name in header.get("provides", []):
            module.__dict__[name] = PROVIDABLE[name]
        sys.modules["submission"] = module
        driver_globals: dict[str, Any] = {"__name__": "driver", "__builtins__": builtins}
        driver_globals.update(DRIVER_NAMES)
        exec(compile(header["driver"], DRIVER_FILE, "exec", dont_inherit=True), driver_globals)
        limit_memory(int(header["memory_mb"]) << 20)
        try:
            code = compile(header["source"], guard.SUBMISSION_FILE, "exec", dont_inherit=True)
        except (SyntaxError, ValueError) as exc:
            return _frame("compile_error", message=_describe(exc), line=getattr(exc, "lineno", 0))
        exec(code, module.__dict__)
        entry = module.__dict__.get(header["entry"])
        if entry is None:
            return _frame("missing_entry", message=header["entry"])
        output = driver_globals["run"](entry, case)
        return _frame("ok", encode_value(output))
    except BaseException as exc:
        del reserve
        try:
            return _failure(exc)
        except BaseException:
            return _frame("exception", error_type="Error", message="", line=None)
