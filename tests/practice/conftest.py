from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mldojo.config import SHIPPED_BANK, Settings
from mldojo.service import Dojo
from mldojo.service.practice import Practice

TEMPLATE = (SHIPPED_BANK / "concepts/bias-variance-tradeoff/item.md").read_text()


def make_bank(root: Path, per_topic: int = 12) -> Path:
    """A small bank: `per_topic` concept items in each of two topics, mixed difficulty."""
    root.mkdir(parents=True, exist_ok=True)
    shutil.copy(SHIPPED_BANK / "topics.yaml", root)
    shutil.copy(SHIPPED_BANK / "companies.yaml", root)
    for topic in ("regularization", "clustering"):
        for k in range(per_topic):
            item_id = f"{topic}-{k:02d}"
            difficulty = ("easy", "medium", "hard")[k % 3]
            text = (
                TEMPLATE.replace("id: bias-variance-tradeoff", f"id: {item_id}")
                .replace("topics: [bias-variance]", f"topics: [{topic}]")
                .replace("difficulty: medium", f"difficulty: {difficulty}")
            )
            (root / item_id).mkdir()
            (root / item_id / "item.md").write_text(text)
    return root


@pytest.fixture
def practice(tmp_path: Path) -> Practice:
    bank = make_bank(tmp_path / "bank")
    settings = Settings(
        home=tmp_path,
        database_url=f"sqlite:///{tmp_path / 'p.db'}",
        bank_paths=(bank,),
        include_shipped_bank=False,
    )
    return Practice(Dojo(settings))
