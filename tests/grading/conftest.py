from __future__ import annotations

from pathlib import Path

import pytest

from mldojo.bank.loader import load_item
from mldojo.bank.models import Question

HEADER = """---
id: {id}
title: "A test item"
kind: {kind}
module: ml-breadth
topics: [optimization]
difficulty: easy
estimated_minutes: 2
{extra}
---
"""


MOMENTUM_FRONT = """
rubric:
  - id: average
    weight: 0.5
    point: "Momentum keeps an exponentially decaying average of past gradients."
  - id: damping
    weight: 0.3
    point: "It damps oscillation across steep directions of the loss surface."
  - id: speed
    weight: 0.2
    point: "It speeds progress along directions where gradients agree."
"""
MOMENTUM_BODY = (
    "## Question\n\nWhat does momentum do in gradient descent?\n\n## Answer\n\n"
    "Momentum averages past gradients with exponential decay, damping oscillations in steep "
    "directions and accelerating along consistent ones.\n"
)


def write_item(root: Path, item_id: str, kind: str, extra: str, body: str) -> Path:
    folder = root / item_id
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "item.md"
    path.write_text(HEADER.format(id=item_id, kind=kind, extra=extra.strip()) + body)
    return path


def load(path: Path) -> Question:
    findings: list = []  # type: ignore[type-arg]
    question = load_item(path, findings)
    assert question is not None, findings
    return question


@pytest.fixture
def make_item(tmp_path: Path):  # type: ignore[no-untyped-def]
    def make(item_id: str, kind: str, extra: str, body: str) -> Question:
        return load(write_item(tmp_path / "bank", item_id, kind, extra, body))

    return make
