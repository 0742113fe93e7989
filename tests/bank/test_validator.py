"""A fixture bank with one of each kind of mistake: every one must be reported with its line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mldojo.bank.validator import validate_bank
from mldojo.config import SHIPPED_BANK

GOOD = (SHIPPED_BANK / "concepts/bias-variance-tradeoff/item.md").read_text()


def write(root: Path, folder: str, text: str | bytes) -> Path:
    path = root / folder / "item.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text)
    return path


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    root = tmp_path / "bank"
    root.mkdir()
    shutil.copy(SHIPPED_BANK / "topics.yaml", root)
    shutil.copy(SHIPPED_BANK / "companies.yaml", root)
    return root


def messages(root: Path) -> list[str]:
    return [str(f) for f in validate_bank([root]).findings]


def test_clean_copy_is_valid(bank: Path) -> None:
    write(bank, "a", GOOD)
    assert messages(bank) == []


def test_every_mistake_is_reported_with_path_and_line(bank: Path) -> None:
    write(bank, "good", GOOD)
    write(bank, "dupe", GOOD)
    write(bank, "yaml", "---\nid: x\ntitle: [unclosed\n---\n## Question\nq\n")
    write(bank, "binary", b"\x00\x01\x02")
    write(
        bank,
        "topic",
        GOOD.replace("id: bias-variance-tradeoff", "id: t1").replace(
            "[bias-variance]", "[no-such-topic]"
        ),
    )
    write(
        bank,
        "company",
        GOOD.replace("id: bias-variance-tradeoff", "id: c1").replace("name: google", "name: acme"),
    )
    write(
        bank,
        "weights",
        GOOD.replace("id: bias-variance-tradeoff", "id: w1").replace("weight: 0.3", "weight: 0.5"),
    )
    write(
        bank,
        "miscon",
        GOOD.replace("id: bias-variance-tradeoff", "id: m1").replace(
            "contradicts: complexity", "contradicts: nothing-here"
        ),
    )
    write(
        bank,
        "link",
        GOOD.replace("id: bias-variance-tradeoff", "id: l1").replace(
            "estimated_minutes: 6", "estimated_minutes: 6\nrelated: [missing-item]"
        ),
    )
    write(
        bank,
        "schema",
        GOOD.replace("id: bias-variance-tradeoff", "id: s1").replace(
            "difficulty: medium", "difficulty: impossible"
        ),
    )
    write(
        bank,
        "section",
        GOOD.replace("id: bias-variance-tradeoff", "id: n1").replace("## Answer", "## Other"),
    )
    found = messages(bank)
    expected = {
        "dupe/item.md": "duplicate id `bias-variance-tradeoff`",
        "yaml/item.md": "malformed YAML",
        "binary/item.md": "binary file",
        "topic/item.md": "unknown topic `no-such-topic`",
        "company/item.md": "unknown company `acme`",
        "weights/item.md": "weights sum to 1.200",
        "miscon/item.md": "misconception points at no rubric point",
        "link/item.md": "related item `missing-item` does not exist",
        "schema/item.md": "difficulty",
        "section/item.md": "`## Answer`",
    }
    for path, text in expected.items():
        hits = [f for f in found if path in f and text in f]
        assert hits, f"no finding for {path} containing {text!r} in {found}"
        line = int(hits[0].split(":")[1])
        assert line > 0 or "binary" in path, hits[0]


def test_schema_error_points_at_the_offending_line(bank: Path) -> None:
    path = write(bank, "schema", GOOD.replace("difficulty: medium", "difficulty: impossible"))
    (finding,) = validate_bank([bank]).findings
    lines = path.read_text().splitlines()
    assert "impossible" in lines[finding.line - 1]


def test_missing_bank_path_is_reported(tmp_path: Path) -> None:
    found = messages(tmp_path / "nowhere")
    assert any("does not exist" in f for f in found)


def test_unreadable_directory_is_reported(bank: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission errors are simulated so the test also bites when run as root."""
    import os

    locked = bank / "locked"
    locked.mkdir()
    real_scandir = os.scandir

    def scandir(path: object) -> object:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    assert any("locked" in f and "cannot read directory" in f for f in messages(bank))
