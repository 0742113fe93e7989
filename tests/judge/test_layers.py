"""The fork-server's own probe of its layers, as `mldojo doctor` reports them, and what the
judge does when a mandatory layer is missing."""

from __future__ import annotations

import os

import pytest

from mldojo.judge.layers import MANDATORY, ORDER, probe
from mldojo.judge.pool import JudgePool
from mldojo.judge.problem import Problem
from mldojo.judge.runner import INSECURE_ENV
from mldojo.service import judging
from tests.judge.conftest import FIXTURES, LEGIT_DOUBLE, PACKAGE, run, running_as_root


def _pool(**options: bool) -> JudgePool:
    return JudgePool(1, forbidden=[str(PACKAGE), str(FIXTURES)], **options)


def test_every_layer_is_active_on_this_machine(pool: JudgePool) -> None:
    layers = {layer.name: layer for layer in probe(pool)}
    assert list(layers)[: len(ORDER)] == list(ORDER)
    for name in ("fork-server", "rlimits", "seccomp", "landlock"):
        assert layers[name].active, layers[name]
    assert layers["uid-drop"].active is running_as_root()
    assert {n for n, layer in layers.items() if layer.mandatory} == MANDATORY
    assert "bubblewrap" in layers and not layers["bubblewrap"].mandatory


def test_probe_reports_a_disabled_optional_layer(double: Problem) -> None:
    with _pool(landlock=False, netns=False) as weaker:
        layers = {layer.name: layer for layer in probe(weaker)}
        assert not layers["landlock"].active and "disabled" in layers["landlock"].detail
        assert not layers["netns"].active
        assert layers["seccomp"].active
        assert run(double, LEGIT_DOUBLE, weaker).verdict.value == "AC"


def test_missing_mandatory_layer_refuses_to_judge(
    double: Problem, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(INSECURE_ENV, raising=False)
    with _pool(seccomp=False) as unsafe:
        layers = {layer.name: layer for layer in probe(unsafe)}
        assert not layers["seccomp"].active and layers["seccomp"].mandatory
        result = run(double, LEGIT_DOUBLE, unsafe)
        assert result.verdict.value == "SE"
        assert "seccomp" in result.message and "mldojo doctor" in result.message


def test_sandbox_report_is_loud_about_missing_layers(monkeypatch: pytest.MonkeyPatch) -> None:
    with _pool(landlock=False, seccomp=False) as weaker:
        monkeypatch.setattr(judging, "sandbox_layers", lambda: probe(weaker))
        lines, ok, warnings = judging.sandbox_report()
    assert not ok
    assert lines["seccomp"].startswith("MISSING (mandatory)")
    assert lines["landlock"].startswith("inactive (optional)")
    assert any("landlock" in warning for warning in warnings)
    assert lines["rlimits"].startswith("active")


def test_fork_servers_sit_in_their_own_empty_network_namespace(pool: JudgePool) -> None:
    assert pool.hello()["layers"]["netns"]["active"]
    mine = os.readlink("/proc/self/ns/net")
    theirs = {os.readlink(f"/proc/{pid}/ns/net") for pid in pool.pids()}
    assert mine not in theirs
    assert len(theirs) == len(pool.pids()), "each fork-server has a namespace of its own"
