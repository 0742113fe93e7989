"""`mldojo judge`, `mldojo problems`, `mldojo bank validate --run-solutions` and the sandbox
part of `mldojo doctor`, run as a learner runs them (a subprocess of `python -m mldojo`).

The fixture bank in `tests/judge/fixtures` holds `double(x) -> 2*x` (one public example,
three hidden tests), so most runs are quick; one test judges a shipped problem.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from typer.testing import CliRunner

from mldojo.judge.layers import Layer
from mldojo.judge.problem import load_problem

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "judge" / "fixtures"
CONTENT = ROOT / "src" / "mldojo" / "content"
GOOD = "def double(x):\n    return 2 * x\n"
WRONG = "def double(x):\n    return 3 * x\n"
TEST_FIELDS = {"name", "hidden", "verdict", "message", "time_ms"}
VERDICTS = {"AC", "WA", "TLE", "MLE", "RE", "CE", "OLE", "BANNED", "SE"}


def mldojo(
    *args: str, home: Path, bank: Path | None = FIXTURES
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MLDOJO_HOME": str(home)}
    env.pop("MLDOJO_BANK_PATH", None)
    if bank is not None:
        env["MLDOJO_BANK_PATH"] = str(bank)
    return subprocess.run(
        [sys.executable, "-m", "mldojo", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
    )


@pytest.fixture
def submit(tmp_path: Path, isolated_home: Path) -> Any:
    """Write a submission and judge it: `submit(source, *flags, problem="double")`."""

    def judge(source: str | bytes, *flags: str, problem: str = "double") -> Any:
        path = tmp_path / "submission.py"
        if isinstance(source, bytes):
            path.write_bytes(source)
        else:
            path.write_text(source)
        return mldojo("judge", problem, str(path), *flags, home=isolated_home)

    return judge


def parsed(result: subprocess.CompletedProcess[str]) -> dict[str, Any]:
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def assert_spec_shape(data: dict[str, Any], problem: str) -> None:
    assert data["problem"] == problem
    assert data["verdict"] in VERDICTS
    assert 0.0 <= data["score"] <= 1.0
    assert isinstance(data["tests"], list)
    for test in data["tests"]:
        assert set(test) >= TEST_FIELDS, test
        assert test["verdict"] in VERDICTS
        assert isinstance(test["hidden"], bool)
        assert isinstance(test["time_ms"], int | float)


# --- judge --json: fields and exit status ----------------------------------------------------


def test_accepted_json_exit_0(submit: Any) -> None:
    result = submit(GOOD, "--json")
    assert result.returncode == 0, result.stderr
    data = parsed(result)
    assert_spec_shape(data, "double")
    assert data["verdict"] == "AC" and data["score"] == 1.0
    assert len(data["tests"]) == 4
    assert sum(t["hidden"] for t in data["tests"]) == 3
    assert all(t["verdict"] == "AC" for t in data["tests"])


def test_wrong_answer_json_exit_1_and_hidden_data_stays_hidden(submit: Any) -> None:
    result = submit(WRONG, "--json")
    assert result.returncode == 1, result.stderr
    data = parsed(result)
    assert_spec_shape(data, "double")
    assert data["verdict"] == "WA" and data["score"] == 0.0
    labels = {"small": "small input", "matrix": "2-d input", "large": "large input"}
    for test in data["tests"]:
        assert test["verdict"] == "WA"
        if test["hidden"]:
            assert test["message"].startswith(labels[test["name"]] + ":"), test
            assert not {"input", "output", "expected", "stdout"} & set(test), test
            assert "error" not in test["message"], "the size of the error derives from the data"
        else:
            assert "largest error 3" in test["message"], test  # |3x - 2x| = max |x| = 3
    _assert_no_hidden_numbers(result.stdout)


def _assert_no_hidden_numbers(text: str) -> None:
    """No value of any hidden input appears in `text` (to 4 decimals)."""
    for case in load_problem("double", [FIXTURES]).cases():
        if case.hidden:
            values = np.asarray(case.inputs["x"]).ravel()[:50]
            for value in values:
                assert f"{value:.4f}" not in text, f"hidden input {value} leaked"


def test_exception_text_is_shown_for_public_tests_only(submit: Any) -> None:
    leaky = "def double(x):\n    raise ValueError('the input was ' + repr(x.tolist()))\n"
    result = submit(leaky, "--json")
    assert result.returncode == 1
    data = parsed(result)
    assert data["verdict"] == "RE"
    public = [t for t in data["tests"] if not t["hidden"]]
    hidden = [t for t in data["tests"] if t["hidden"]]
    assert "the input was [1.0, 2.0, 3.0]" in public[0]["message"]
    for test in hidden:
        assert test["verdict"] == "RE"
        assert "ValueError at line 2" in test["message"]
        assert "the input was" not in test["message"]
    _assert_no_hidden_numbers(result.stdout)


def test_public_runs_only_public_examples_with_their_data(submit: Any) -> None:
    result = submit(WRONG, "--public", "--json")
    assert result.returncode == 1
    data = parsed(result)
    assert_spec_shape(data, "double")
    (test,) = data["tests"]
    assert test["hidden"] is False and test["verdict"] == "WA"
    assert test["input"] == {"x": [1.0, 2.0, 3.0]}
    assert test["output"] == {"y": [3.0, 6.0, 9.0]}
    assert test["expected"] == [2.0, 4.0, 6.0]
    assert test["stdout"] == ""


def test_public_text_output_shows_input_output_expected(submit: Any) -> None:
    result = submit("def double(x):\n    print('hello')\n    return 2 * x\n", "--public")
    assert result.returncode == 0, result.stderr
    assert "AC" in result.stdout
    for word in ("input", "output", "expected", "hello", "[1.0, 2.0, 3.0]", "[2.0, 4.0, 6.0]"):
        assert word in result.stdout, word


def test_text_output_names_verdict_and_tests(submit: Any) -> None:
    result = submit(WRONG)
    assert result.returncode == 1
    assert result.stdout.splitlines()[0].startswith("WA")
    assert "small (hidden)" in result.stdout


def test_a_shipped_problem_reference_and_wrong_solution(isolated_home: Path) -> None:
    folder = CONTENT / "problems" / "precision_recall_f1"
    if not folder.is_dir():
        pytest.fail("the shipped problem precision_recall_f1 is missing")
    good = mldojo(
        "judge",
        "precision_recall_f1",
        str(folder / "solution.py"),
        "--json",
        home=isolated_home,
        bank=None,
    )
    assert good.returncode == 0, good.stdout + good.stderr
    assert parsed(good)["verdict"] == "AC"
    starter = mldojo(
        "judge",
        "precision_recall_f1",
        str(folder / "starter.py"),
        "--json",
        home=isolated_home,
        bank=None,
    )
    assert starter.returncode == 1
    assert parsed(starter)["verdict"] == "RE"


# --- bad input ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "source, words",
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"def double(x):\n    return 2 * x\x00\n", "NUL byte"),
        (b"def double(x):\n    return 2 * x  # \xff\xfe\n", "not UTF-8"),
        (b"x = 1\n" * (20 * 1024 * 1024 // 6), "limited to 1 MiB"),
        (b"def double(x)\n    return 2 * x\n", "syntax error at line 1"),
        (b"def triple(x):\n    return 3 * x\n", "does not define `double`"),
    ],
    ids=["empty", "blank", "null-bytes", "non-utf8", "20-MB", "syntax", "no-entry-point"],
)
def test_bad_source_is_compile_error_with_clear_message(
    submit: Any, source: bytes, words: str
) -> None:
    result = submit(source, "--json")
    assert result.returncode == 1, result.stderr
    data = parsed(result)
    assert data["verdict"] == "CE" and data["score"] == 0.0
    text = data["message"] + " ".join(t["message"] for t in data["tests"])
    assert words in text, data


def _one_line_usage_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


def test_unknown_problem_exit_2_one_line(submit: Any) -> None:
    _one_line_usage_error(submit(GOOD, "--json", problem="no_such_problem"), "no_such_problem")


def test_missing_file_exit_2_one_line(isolated_home: Path, tmp_path: Path) -> None:
    missing = tmp_path / "nope.py"
    _one_line_usage_error(
        mldojo("judge", "double", str(missing), "--json", home=isolated_home), "nope.py"
    )


def test_directory_instead_of_file_exit_2_one_line(isolated_home: Path, tmp_path: Path) -> None:
    result = mldojo("judge", "double", str(tmp_path), home=isolated_home)
    _one_line_usage_error(result, str(tmp_path))


# --- problems list / show -------------------------------------------------------------------


def test_problems_list_and_show(isolated_home: Path) -> None:
    listed = mldojo("problems", "list", "--json", home=isolated_home)
    assert listed.returncode == 0, listed.stderr
    rows = {row["id"]: row for row in json.loads(listed.stdout)}
    assert rows["double"]["signature"] == "double(x) -> 2*x"
    shown = mldojo("problems", "show", "double", "--json", home=isolated_home)
    data = json.loads(shown.stdout)
    assert "Return twice" in data["statement"] and "def double" in data["starter"]
    assert "expected" not in shown.stdout and "2.0, 4.0, 6.0" not in shown.stdout
    _one_line_usage_error(mldojo("problems", "show", "no_such_problem", home=isolated_home))


# --- bank validate --run-solutions ----------------------------------------------------------


def _bank_with(tmp_path: Path, broken: bool) -> Path:
    bank = tmp_path / "bank"
    (bank / "problems").mkdir(parents=True)
    for name in ("topics.yaml", "companies.yaml"):
        shutil.copy(CONTENT / name, bank / name)
    shutil.copytree(FIXTURES / "problems" / "double", bank / "problems" / "double")
    if broken:
        target = bank / "problems" / "triple"
        shutil.copytree(FIXTURES / "problems" / "double", target)
        item = (target / "item.md").read_text().replace("id: double", "id: triple")
        (target / "item.md").write_text(item)
        (target / "solution.py").write_text("def double(x):\n    return 3 * x\n")
    return bank


def test_bank_validate_run_solutions_passes_when_all_ac(
    isolated_home: Path, tmp_path: Path
) -> None:
    bank = _bank_with(tmp_path, broken=False)
    result = mldojo(
        "bank", "validate", str(bank), "--run-solutions", "--json", home=isolated_home, bank=None
    )
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads(result.stdout)
    assert data["errors"] == []
    assert data["solutions"] == [{"problem": "double", "ok": True, "verdict": "AC", "message": ""}]


def test_bank_validate_run_solutions_fails_on_a_broken_reference(
    isolated_home: Path, tmp_path: Path
) -> None:
    bank = _bank_with(tmp_path, broken=True)
    plain = mldojo("bank", "validate", str(bank), home=isolated_home, bank=None)
    assert plain.returncode == 0, plain.stdout  # the folder itself is well-formed
    result = mldojo("bank", "validate", str(bank), "--run-solutions", home=isolated_home, bank=None)
    assert result.returncode == 1
    assert "triple: reference solution gets WA" in result.stdout
    assert "1/2 reference solutions AC" in result.stdout
    as_json = mldojo(
        "bank", "validate", str(bank), "--run-solutions", "--json", home=isolated_home, bank=None
    )
    assert as_json.returncode == 1
    verdicts = {
        s["problem"]: (s["ok"], s["verdict"]) for s in json.loads(as_json.stdout)["solutions"]
    }
    assert verdicts == {"double": (True, "AC"), "triple": (False, "WA")}


# --- doctor: sandbox layers -----------------------------------------------------------------


def test_doctor_lists_the_real_sandbox_layers(isolated_home: Path) -> None:
    result = mldojo("doctor", "--json", home=isolated_home)
    sandbox = json.loads(result.stdout)["sandbox"]
    for name in (
        "fork-server",
        "rlimits",
        "seccomp",
        "landlock",
        "netns",
        "uid-drop",
        "bubblewrap",
    ):
        assert name in sandbox, sandbox
    for name in ("fork-server", "rlimits", "seccomp"):
        assert sandbox[name].startswith("active"), sandbox


def _layers(*missing: str) -> list[Layer]:
    mandatory = {"fork-server", "rlimits", "seccomp"}
    names = ("fork-server", "rlimits", "seccomp", "landlock", "netns", "uid-drop")
    return [Layer(n, n not in missing, n in mandatory, "probe says so") for n in names]


@pytest.fixture
def healthy_doctor(monkeypatch: pytest.MonkeyPatch) -> None:
    """A healthy database and bank, so the sandbox alone decides the exit status."""
    from mldojo.service import Dojo

    report = {"version": "x", "database": "ok", "bank_errors": 0, "optional_parts": {}}
    monkeypatch.setattr(Dojo, "doctor", lambda self: dict(report))


@pytest.mark.parametrize(
    "missing, code, warned",
    [
        ((), 0, False),
        (("landlock",), 0, True),
        (("netns", "uid-drop"), 0, True),
        (("seccomp",), 1, False),
    ],
    ids=["all-active", "optional-landlock", "optional-netns", "mandatory-seccomp"],
)
def test_doctor_exit_status_follows_mandatory_layers(
    monkeypatch: pytest.MonkeyPatch,
    healthy_doctor: None,
    missing: tuple[str, ...],
    code: int,
    warned: bool,
) -> None:
    from mldojo.cli.app import app
    from mldojo.service import judging

    monkeypatch.setattr(judging, "sandbox_layers", lambda: _layers(*missing))
    result = CliRunner().invoke(app, ["doctor"])
    assert result.exit_code == code, result.output
    for name in missing:
        line = next(line for line in result.stdout.splitlines() if line.strip().startswith(name))
        assert ("MISSING (mandatory)" if name == "seccomp" else "inactive (optional)") in line
    assert ("warning: sandbox layer" in result.stderr) is warned
    for name in missing:
        if warned:
            assert f"sandbox layer {name} is inactive" in result.stderr
