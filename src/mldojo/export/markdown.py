"""Markdown study sheets: one file per topic with every item's question, answer and key points."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from mldojo.bank.models import BehavioralFrontMatter, ConceptFrontMatter, Question


def sheet(topic_name: str, questions: list[Question]) -> str:
    lines = [f"# {topic_name}", ""]
    for question in sorted(questions, key=lambda q: (q.meta.difficulty.value, q.id)):
        meta = question.meta
        lines += [
            f"## {meta.title}",
            "",
            f"*{meta.module.value} · {meta.difficulty.value} · `{meta.id}`*",
            "",
        ]
        lines += [question.prompt, ""]
        if question.model_answer:
            lines += ["**Answer**", "", question.model_answer, ""]
        if isinstance(meta, ConceptFrontMatter | BehavioralFrontMatter):
            lines += ["**Key points**", ""]
            lines += [f"- {point.point}" for point in meta.rubric]
            lines.append("")
            if meta.misconceptions:
                lines += ["**Common mistakes**", ""]
                lines += [f"- Not true: {m.claim}" for m in meta.misconceptions]
                lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def write_sheets(
    questions: Iterable[Question], topic_names: dict[str, str], folder: Path
) -> list[Path]:
    by_topic: dict[str, list[Question]] = defaultdict(list)
    for question in questions:
        for topic in question.meta.topics:
            by_topic[topic].append(question)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for topic in sorted(by_topic):
        path = folder / f"{topic}.md"
        path.write_text(sheet(topic_names.get(topic, topic), by_topic[topic]), encoding="utf-8")
        written.append(path)
    index = ["# Study sheets", ""] + [
        f"- [{topic_names.get(p.stem, p.stem)}]({p.name})" for p in written
    ]
    (folder / "README.md").write_text("\n".join(index) + "\n", encoding="utf-8")
    return written
