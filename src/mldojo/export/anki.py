"""Anki decks with genanki: stable ids so a re-export updates notes instead of duplicating.

The model and deck ids are fixed, each note's guid comes from the item id, notes are sorted
and the package timestamp is pinned, so the same bank always gives a byte-identical file.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from pathlib import Path

from mldojo.bank.models import ConceptFrontMatter, Kind, Question, QuizFrontMatter

MODEL_ID = 1_607_392_319
DECK_ID = 2_059_400_110
PACKAGE_TIMESTAMP = 1_700_000_000.0
CARD_CSS = (
    ".card { font-family: sans-serif; font-size: 18px; text-align: left; } li { margin: 4px 0; }"
)


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{html.escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


def back_of(question: Question) -> str:
    parts = [_paragraphs(question.model_answer)]
    meta = question.meta
    if isinstance(meta, ConceptFrontMatter):
        points = "".join(f"<li>{html.escape(p.point)}</li>" for p in meta.rubric)
        parts.append(f"<p><b>Key points</b></p><ul>{points}</ul>")
    if isinstance(meta, QuizFrontMatter) and meta.choices:
        correct = getattr(meta.answer, "correct", [])
        parts.append(
            "<p><b>Answer:</b> "
            + ", ".join(html.escape(f"{k}) {meta.choices[k]}") for k in correct)
            + "</p>"
        )
    return "".join(parts)


def write_deck(questions: Iterable[Question], path: Path, deck_name: str = "mldojo") -> int:
    """Write concept, behavioural and fixed-answer quiz items as basic cards; return the count."""
    import genanki

    model = genanki.Model(
        MODEL_ID,
        "mldojo question",
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Id"}],
        templates=[
            {
                "name": "Card 1",
                "qfmt": "{{Question}}",
                "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}",
            }
        ],
        css=CARD_CSS,
    )
    deck = genanki.Deck(DECK_ID, deck_name)
    count = 0
    for question in sorted(questions, key=lambda q: q.id):
        meta = question.meta
        if meta.kind not in (Kind.concept, Kind.behavioral, Kind.quiz):
            continue
        if isinstance(meta, QuizFrontMatter) and meta.params:
            continue  # a parameterised quiz has no single answer to put on a card
        note = genanki.Note(
            model=model,
            fields=[
                f"<h3>{html.escape(meta.title)}</h3>" + _paragraphs(question.prompt),
                back_of(question),
                meta.id,
            ],
            tags=[t.replace(" ", "_") for t in (meta.module.value, *meta.topics)],
            guid=genanki.guid_for("mldojo", meta.id),
        )
        deck.add_note(note)
        count += 1
    genanki.Package(deck).write_to_file(str(path), timestamp=PACKAGE_TIMESTAMP)
    return count
