"""Export and import use cases: Anki, Markdown study sheets, progress files."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mldojo.errors import UsageError
from mldojo.export import anki, markdown
from mldojo.export.progress import LineError, attempt_key, dump_lines, parse_lines
from mldojo.practice import mastery as elo
from mldojo.practice.records import CardState, TopicMastery
from mldojo.service.practice import Practice
from mldojo.store.repository import NewAttempt, ReplayedMastery, ReplayedReview


@dataclass
class ImportReport:
    imported: int = 0
    already_present: int = 0
    errors: list[LineError] = field(default_factory=list)


def export_anki(practice: Practice, path: Path) -> int:
    try:
        return anki.write_deck(practice.dojo.questions.values(), path)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None


def export_markdown(practice: Practice, folder: Path) -> list[Path]:
    names = practice.dojo.bank_report.vocabulary.topics
    try:
        return markdown.write_sheets(practice.dojo.questions.values(), names, folder)
    except OSError as exc:
        raise UsageError(f"cannot write to {folder}: {exc.strerror}") from None


def export_progress(practice: Practice, path: Path) -> int:
    attempts = practice.store.attempts(practice.user_id)
    lines = list(dump_lines(attempts, practice.profile()))
    try:
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None
    return len(attempts)


def replay(practice: Practice) -> None:
    """Rebuild cards, reviews and mastery from the attempts, in time order."""
    questions = practice.dojo.questions
    cards: dict[str, CardState] = {}
    table: dict[str, TopicMastery] = {}
    reviews: list[ReplayedReview] = []
    history: list[ReplayedMastery] = []
    for attempt in practice.store.attempts(practice.user_id):
        if attempt.rating is not None:
            card = practice.scheduler.review(
                attempt.item_id, cards.get(attempt.item_id), attempt.rating, attempt.created_at
            )
            cards[attempt.item_id] = card
            reviews.append(
                ReplayedReview(
                    attempt.id, attempt.item_id, attempt.rating, card, attempt.created_at
                )
            )
        question = questions.get(attempt.item_id)
        if question is not None:
            for row in elo.update_all(
                table, question.meta.topics, attempt.score, question.meta.difficulty.value
            ):
                history.append(ReplayedMastery(row, attempt.id, attempt.created_at))
    practice.store.replace_derived(practice.user_id, reviews, history)


def import_progress(practice: Practice, path: Path) -> ImportReport:
    """Add the attempts the database lacks; bad lines are reported and the rest imported."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read {path}: {exc}") from None
    parsed, profile, errors = parse_lines(text.splitlines())
    report = ImportReport(errors=errors)
    known = {attempt_key(a) for a in practice.store.attempts(practice.user_id)}
    fresh: list[NewAttempt] = []
    for item in parsed:
        if item.key in known:
            report.already_present += 1
            continue
        known.add(item.key)
        fresh.append(
            NewAttempt(
                item.item_id,
                item.kind,
                item.answer,
                item.score,
                item.result,
                item.seconds_taken,
                item.rating,
                item.created_at,
            )
        )
    if fresh:
        practice.store.insert_attempts(practice.user_id, fresh)
        replay(practice)
    if profile is not None and profile != practice.profile():
        practice.store.save_profile(practice.user_id, profile)
    report.imported = len(fresh)
    return report
