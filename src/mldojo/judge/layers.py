"""Which sandbox layers are active on this machine, for `mldojo doctor`.

The zygote finds out for itself at start-up: it forks a probe child that applies every layer
and reports which ones held (and whether a lazy import still works after the uid drop).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass

from mldojo.judge.pool import JudgePool, default_pool

MANDATORY = frozenset({"fork-server", "rlimits", "seccomp"})
ORDER = ("fork-server", "rlimits", "seccomp", "landlock", "netns", "uid-drop")


@dataclass(frozen=True)
class Layer:
    name: str
    active: bool
    mandatory: bool
    detail: str


def probe(pool: JudgePool | None = None) -> list[Layer]:
    """Start (or reuse) a zygote and translate its start-up report into layers."""
    try:
        hello = (pool or default_pool()).hello()
    except Exception as exc:
        layers = [Layer("fork-server", False, True, f"cannot start: {exc}")]
        return layers + [Layer(n, False, n in MANDATORY, "no fork-server") for n in ORDER[1:]]
    reported = hello.get("layers", {})
    layers = []
    for name in ORDER:
        info = reported.get(name, {"active": False, "detail": "not reported"})
        layers.append(Layer(name, bool(info.get("active")), name in MANDATORY, str(info["detail"])))
    bwrap = shutil.which("bwrap")
    layers.append(
        Layer(
            "bubblewrap",
            False,
            False,
            f"installed at {bwrap}, not used by this judge"
            if bwrap
            else "not installed (optional; the layers above do not need it)",
        )
    )
    return layers
