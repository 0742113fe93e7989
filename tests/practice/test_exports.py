from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from mldojo.config import Settings
from mldojo.service import Dojo
from mldojo.service.exports import export_anki, export_markdown, export_progress, import_progress
from mldojo.service.practice import Graded, Practice

START = datetime(2026, 3, 2, 8, tzinfo=UTC)


def fill(practice: Practice, count: int = 20) -> None:
    practice.update_profile(
        companies=["google"], interview_date=date(2026, 6, 1), hours_per_week=5, today=START.date()
    )
    for i in range(count):
        item = f"{('regularization', 'clustering')[i % 2]}-{i % 12:02d}"
        score = 0.3 + 0.6 * (i % 3) / 2
        practice.attempt(
            item,
            f"answer {i} — ünïcode",
            now=START + timedelta(hours=5 * i),
            graded=Graded(score, 1 + i % 4, {"n": i}),
        )


def twin(practice: Practice, tmp_path: Path, name: str) -> Practice:
    settings = Settings(
        home=tmp_path,
        database_url=f"sqlite:///{tmp_path / name}",
        bank_paths=practice.dojo.settings.bank_paths,
        include_shipped_bank=False,
    )
    return Practice(Dojo(settings))


def test_anki_export_is_byte_identical_and_stable(practice: Practice, tmp_path: Path) -> None:
    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    count = export_anki(practice, first)
    export_anki(practice, second)
    assert count == 24
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        archive.extract("collection.anki2", tmp_path)
    with sqlite3.connect(tmp_path / "collection.anki2") as conn:
        guids = [row[0] for row in conn.execute("SELECT guid FROM notes")]
    assert len(guids) == len(set(guids)) == 24


def test_markdown_sheets_per_topic(practice: Practice, tmp_path: Path) -> None:
    written = export_markdown(practice, tmp_path / "sheets")
    assert {p.stem for p in written} == {"regularization", "clustering"}
    text = (tmp_path / "sheets" / "clustering.md").read_text()
    assert "**Key points**" in text and "clustering-00" in text


def test_progress_round_trip_is_exact_and_import_is_idempotent(
    practice: Practice, tmp_path: Path
) -> None:
    fill(practice)
    original = tmp_path / "progress.jsonl"
    assert export_progress(practice, original) == 20
    other = twin(practice, tmp_path, "other.db")
    report = import_progress(other, original)
    assert (report.imported, report.already_present, report.errors) == (20, 0, [])
    again = tmp_path / "again.jsonl"
    export_progress(other, again)
    assert again.read_text() == original.read_text()
    # the replayed schedule matches the one built live
    assert other.store.cards(other.user_id) == practice.store.cards(practice.user_id)
    assert other.store.mastery(other.user_id) == practice.store.mastery(practice.user_id)
    second = import_progress(other, original)
    assert (second.imported, second.already_present) == (0, 20)
    assert len(other.store.attempts(other.user_id)) == 20


def test_corrupt_lines_are_reported_and_the_rest_imported(
    practice: Practice, tmp_path: Path
) -> None:
    fill(practice, 4)
    path = tmp_path / "p.jsonl"
    export_progress(practice, path)
    lines = path.read_text().splitlines()
    bad = json.loads(lines[3])
    bad["rating"] = 9
    lines[3] = json.dumps(bad)
    lines.insert(2, "{not json")
    path.write_text("\n".join(lines) + "\n")
    other = twin(practice, tmp_path, "c.db")
    report = import_progress(other, path)
    assert [e.line for e in report.errors] == [3, 5]
    assert "rating" in report.errors[1].message
    assert report.imported == 3
