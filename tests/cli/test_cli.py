from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SHIPPED_ID = "bias-variance-tradeoff"


def mldojo(*args: str, env_home: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mldojo", *args], capture_output=True, text=True, timeout=60
    )


def test_list_json_contains_shipped_item() -> None:
    result = mldojo("bank", "list", "--json")
    assert result.returncode == 0, result.stderr
    assert SHIPPED_ID in {row["id"] for row in json.loads(result.stdout)}


def test_list_filters() -> None:
    rows = json.loads(mldojo("bank", "list", "--kind", "quiz", "--json").stdout)
    assert rows and all(row["kind"] == "quiz" for row in rows)


def test_show_hides_answer_without_reveal() -> None:
    hidden = json.loads(mldojo("bank", "show", SHIPPED_ID, "--json").stdout)
    shown = json.loads(mldojo("bank", "show", SHIPPED_ID, "--reveal", "--json").stdout)
    assert "answer" not in hidden and "rubric" not in hidden
    assert shown["rubric"] and "Bias is the gap" in shown["answer"]


def test_unknown_id_is_one_line_exit_2() -> None:
    result = mldojo("bank", "show", "no-such-item")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "no-such-item" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_fixture_bank_exits_1(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "item.md").write_text("---\nid: [\n---\n")
    result = mldojo("bank", "validate", str(tmp_path))
    assert result.returncode == 1
    assert "x/item.md:" in result.stdout and "Traceback" not in result.stdout + result.stderr


def test_bad_config_file_is_one_clear_line(isolated_home: Path) -> None:
    isolated_home.mkdir(parents=True)
    (isolated_home / "config.toml").write_text("database_url = [")
    result = mldojo("bank", "list")
    assert result.returncode == 2 and "config file" in result.stderr
    assert "Traceback" not in result.stderr


def test_stats_counts() -> None:
    data = json.loads(mldojo("bank", "stats", "--json").stdout)
    assert data["total"] == sum(data["kind"].values()) >= 2


def test_schema_is_json_schema() -> None:
    schema = json.loads(mldojo("bank", "schema").stdout)
    assert "discriminator" in json.dumps(schema)
