"""The syllabus: every topic the source material teaches has items, and every item belongs to
some topic of the syllabus. A new item without a syllabus entry, or a syllabus topic whose
items were removed, fails here."""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from mldojo.bank.validator import validate_bank
from mldojo.bank.vocabulary import load_vocabulary
from mldojo.config import SHIPPED_BANK

SYLLABUS = SHIPPED_BANK / "syllabus.yaml"
# How many entries each list of the source material has; a section shorter than its list has
# dropped a topic.
SECTION_SIZES = {
    "question-bank-topic-table": 100,
    "interview-modules": 5,
    "skill-groups": 5,
}


@cache
def syllabus() -> dict[str, Any]:
    data = yaml.safe_load(SYLLABUS.read_text(encoding="utf-8"))
    assert isinstance(data, dict) and isinstance(data.get("sections"), list)
    return data


@cache
def bank_ids() -> frozenset[str]:
    return frozenset(q.id for q in validate_bank([SHIPPED_BANK]).questions)


def entries() -> list[tuple[str, dict[str, Any]]]:
    return [(s["id"], t) for s in syllabus()["sections"] for t in s["topics"]]


def test_every_syllabus_topic_has_existing_items() -> None:
    empty = [f"{section}: {t['name']}" for section, t in entries() if not t.get("items")]
    unknown = sorted(
        {item for _, t in entries() for item in t.get("items") or [] if item not in bank_ids()}
    )
    assert empty == []
    assert unknown == []


def test_every_item_names_a_syllabus_topic() -> None:
    covered = {item for _, t in entries() for item in t.get("items") or []}
    assert sorted(bank_ids() - covered) == []


def test_sections_list_every_entry_of_their_source() -> None:
    sizes = {s["id"]: len(s["topics"]) for s in syllabus()["sections"]}
    for section, size in SECTION_SIZES.items():
        assert sizes.get(section) == size, section


def test_topic_names_are_unique_within_a_section() -> None:
    for section in syllabus()["sections"]:
        names = [t["name"] for t in section["topics"]]
        assert len(names) == len(set(names)), section["id"]


def test_every_vocabulary_topic_has_an_item() -> None:
    used = {topic for q in validate_bank([SHIPPED_BANK]).questions for topic in q.meta.topics}
    vocabulary = load_vocabulary([SHIPPED_BANK], [])
    assert sorted(set(vocabulary.topics) - used) == []
