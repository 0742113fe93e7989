"""The attack suite again, as an unprivileged user (uid/gid 65534, no groups).

As root the sandbox drops each child to a per-slot uid; a developer's laptop has no such
drop, so seccomp (signals only to the child itself) and Landlock must hold on their own. Some
holes only show up there (a child killing its fork-server, for one), so when this suite runs
as root it re-runs `test_attacks.py` under `setpriv` and requires every attack to get its
verdict from the reference table there too.

The interpreter may live where uid 65534 cannot reach it (pyenv under `/root`, mode 0700): the
re-run then starts in a private mount namespace where only the interpreter's own directory is
made reachable, exactly as the fork-server does for its per-slot uids. The host is unchanged.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest

from mldojo.judge.harness import lockdown
from tests.judge.attacks import ATTACKS

NOBODY = 65534
NESTED_ENV = "MLDOJO_TEST_UNPRIVILEGED_RUN"
ROOT = Path(__file__).resolve().parents[2]

LAUNCH = """
import json, os, sys
sys.path.insert(0, {harness!r})
import lockdown
lockdown.expose_private_paths(json.loads({paths!r}))
os.chdir({root!r})
os.execv({setpriv!r}, [{setpriv!r}, "--reuid={uid}", "--regid={uid}", "--clear-groups", "--",
         *json.loads({command!r})])
"""


def _needs_exposing() -> list[str]:
    prefixes = {os.path.realpath(sys.base_prefix), os.path.realpath(sys.prefix)}
    return sorted(p for p in prefixes if not lockdown.world_reachable(p))


@pytest.fixture
def scratch() -> Iterator[Path]:
    """A directory uid 65534 owns and can reach (pytest's own tmp dirs are mode 0700)."""
    path = Path(tempfile.mkdtemp(prefix="mldojo-nobody-"))
    path.chmod(0o755)
    os.chown(path, NOBODY, NOBODY)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_attack_suite_as_an_unprivileged_user(scratch: Path) -> None:
    if os.environ.get(NESTED_ENV):
        pytest.skip("this is the unprivileged re-run itself")
    if os.geteuid() != 0:
        pytest.skip("already unprivileged: test_attacks.py ran as this uid in this session")
    setpriv = shutil.which("setpriv")
    assert setpriv, "setpriv (util-linux) is needed to re-run the attacks unprivileged"
    report = scratch / "report.json"
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        f"--basetemp={scratch / 'tmp'}",
        f"--junitxml={scratch / 'junit.xml'}",
        "tests/judge/test_attacks.py",
        "--tb=short",
    ]
    harness = str(Path(lockdown.__file__).parent)
    script = LAUNCH.format(
        harness=harness,
        root=str(ROOT),
        paths=json.dumps(_needs_exposing()),
        setpriv=setpriv,
        uid=NOBODY,
        command=json.dumps(command),
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(scratch),
        "PYTHONDONTWRITEBYTECODE": "1",
        NESTED_ENV: "1",
        "MLDOJO_TEST_LAYER_REPORT": str(report),
    }
    result = subprocess.run(
        [sys.executable, "-I", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    tail = (result.stdout + result.stderr)[-8000:]
    assert result.returncode == 0, tail
    suite = ElementTree.parse(scratch / "junit.xml").getroot().find("testsuite")
    assert suite is not None
    counts = {k: int(suite.get(k, "0")) for k in ("tests", "failures", "errors", "skipped")}
    assert (
        counts["tests"] >= len(ATTACKS)
        and counts["tests"] - counts["failures"] - counts["errors"] - counts["skipped"]
        == counts["tests"]
    ), (counts, tail)
    layers = json.loads(report.read_text())
    assert layers["uid"] == NOBODY
    for name in ("fork-server", "rlimits", "seccomp", "landlock"):
        assert layers["layers"][name]["active"], layers
    assert not layers["layers"]["uid-drop"]["active"]
