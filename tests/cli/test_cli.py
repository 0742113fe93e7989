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


def test_search_ranks_title_match_first() -> None:
    rows = json.loads(mldojo("bank", "search", "bias variance", "--json").stdout)
    assert rows[0]["id"] == SHIPPED_ID
    assert "rank" in rows[0] and "snippet" in rows[0]


def test_search_with_filter_and_no_match() -> None:
    rows = json.loads(mldojo("bank", "search", "bias", "--kind", "quiz", "--json").stdout)
    assert all(row["kind"] == "quiz" for row in rows)
    assert json.loads(mldojo("bank", "search", "zzzqqq", "--json").stdout) == []


def test_search_survives_fts_syntax() -> None:
    result = mldojo("bank", "search", 'AND OR "( NEAR', "--json")
    assert result.returncode == 0, result.stderr


def test_doctor_reports_database_and_parts() -> None:
    result = mldojo("doctor", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["database"].startswith("ok") and data["bank_items"] >= 2
    assert "scheduler (fsrs)" in data["optional_parts"]


def test_bad_database_url_is_one_line(tmp_path: Path) -> None:
    result = mldojo("--database-url", "nosuch://x", "doctor")
    assert result.returncode == 1
    assert "database URL" in result.stdout and "Traceback" not in result.stdout + result.stderr


def test_home_flag_wins_over_environment(tmp_path: Path) -> None:
    result = mldojo("--home", str(tmp_path / "flag-home"), "doctor", "--json")
    assert json.loads(result.stdout)["home"] == str(tmp_path / "flag-home")


def _user_bank(tmp_path: Path, item_id: str) -> Path:
    from mldojo.config import SHIPPED_BANK

    text = (SHIPPED_BANK / "concepts/bias-variance-tradeoff/item.md").read_text()
    folder = tmp_path / "userbank" / item_id
    folder.mkdir(parents=True)
    (folder / "item.md").write_text(text.replace("id: bias-variance-tradeoff", f"id: {item_id}"))
    return tmp_path / "userbank"


def test_user_bank_is_merged(tmp_path: Path) -> None:
    bank = _user_bank(tmp_path, "my-own-question")
    rows = json.loads(mldojo("--bank-path", str(bank), "bank", "list", "--json").stdout)
    assert {"my-own-question", SHIPPED_ID} <= {row["id"] for row in rows}


def test_user_bank_clashing_id_is_an_error(tmp_path: Path) -> None:
    bank = _user_bank(tmp_path, SHIPPED_ID)
    result = mldojo("--bank-path", str(bank), "bank", "list")
    assert result.returncode == 1 and "clash" in result.stderr
    assert "Traceback" not in result.stderr


def test_help_does_not_import_heavy_libraries() -> None:
    """Start-up stays fast only while these are imported lazily, inside commands."""
    heavy = ["numpy", "fastapi", "onnxruntime", "sqlalchemy", "pydantic", "scipy", "uvicorn"]
    code = f"import sys, mldojo.cli.app\nprint([m for m in {heavy!r} if m in sys.modules])"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "[]", result.stdout + result.stderr
