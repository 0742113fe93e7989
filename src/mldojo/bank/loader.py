"""Reads bank folders into `Question` objects, collecting every problem instead of stopping.

Each item lives in its own folder as `item.md`: `---`, YAML front matter, `---`, then a
Markdown body whose level-2 headings name its sections. Locations of schema errors are taken
from the YAML node tree so a report can point at the offending line.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import TypeAdapter, ValidationError

from mldojo.bank.models import REQUIRED_SECTIONS, FrontMatter, Question
from mldojo.bank.problems import Finding

ITEM_FILE = "item.md"
MAX_ITEM_BYTES = 512 * 1024
_FRONT_MATTER = TypeAdapter(FrontMatter)
_HEADING = re.compile(r"^##\s+(.+?)\s*$")


@dataclass
class LoadResult:
    questions: list[Question] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def iter_item_files(root: Path, findings: list[Finding]) -> Iterator[Path]:
    """Walk a bank root for `item.md` files, reporting folders that cannot be read."""

    def on_error(exc: OSError) -> None:
        findings.append(
            Finding(str(exc.filename or root), 0, f"cannot read directory: {exc.strerror}")
        )

    if not root.exists():
        findings.append(Finding(str(root), 0, "bank path does not exist"))
        return
    if not root.is_dir():
        findings.append(Finding(str(root), 0, "bank path is not a directory"))
        return
    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")))
        if ITEM_FILE in filenames:
            yield Path(dirpath) / ITEM_FILE


def split_front_matter(text: str) -> tuple[str, str, int] | None:
    """Return (yaml text, body, line number where the body starts), or None if absent."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return None
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "".join(lines[1:index]), "".join(lines[index + 1 :]), index + 2
    return None


_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser when PyYAML was built with it: the bank loads on every command."""


def split_sections(body: str) -> dict[str, str]:
    """Split a Markdown body on level-2 headings; text before the first heading is dropped."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    in_fence = False
    for line in body.splitlines():
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match:
            current = sections.setdefault(match.group(1), [])
        elif current is not None:
            current.append(line)
    return {name: "\n".join(lines).strip() for name, lines in sections.items()}


def _node_line(node: yaml.Node | None, loc: Iterable[int | str]) -> int | None:
    """Follow a pydantic error location through the YAML node tree to a 1-based line."""
    line = node.start_mark.line + 1 if node is not None else None
    for part in loc:
        if _is_union_tag(part):
            continue
        if isinstance(node, yaml.MappingNode):
            match = next((v for k, v in node.value if getattr(k, "value", None) == part), None)
            if match is None:
                break
            node = match
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                break
            node = node.value[part]
        else:
            continue
        line = node.start_mark.line + 1
    return line


def _describe(error: Any) -> str:
    loc = ".".join(str(p) for p in error["loc"] if not _is_union_tag(p))
    message = str(error["msg"]).removeprefix("Value error, ")
    return f"{loc}: {message}" if loc else message


def _is_union_tag(part: object) -> bool:
    return isinstance(part, str) and part in {
        "concept",
        "quiz",
        "problem",
        "design",
        "behavioral",
        "number",
        "choice",
        "multi",
        "set",
    }


def load_item(path: Path, findings: list[Finding]) -> Question | None:
    """Parse one item file, appending every problem found to `findings`."""
    shown = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        findings.append(Finding(shown, 0, f"cannot read file: {exc.strerror}"))
        return None
    if len(raw) > MAX_ITEM_BYTES:
        findings.append(Finding(shown, 0, f"file is larger than {MAX_ITEM_BYTES // 1024} KiB"))
        return None
    if b"\x00" in raw:
        findings.append(Finding(shown, 0, "binary file: contains NUL bytes"))
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        findings.append(Finding(shown, 0, f"not UTF-8 text (byte {exc.start})"))
        return None
    parts = split_front_matter(text)
    if parts is None:
        findings.append(Finding(shown, 1, "missing YAML front matter between `---` lines"))
        return None
    front, body, body_line = parts
    try:
        data = yaml.load(front, Loader=_FAST_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        findings.append(Finding(shown, line, f"malformed YAML: {problem}"))
        return None
    if not isinstance(data, dict):
        findings.append(Finding(shown, 2, "front matter must be a mapping of fields"))
        return None
    try:
        meta = _FRONT_MATTER.validate_python(data)
    except ValidationError as exc:
        # The node tree is only needed to point at lines, so it is built only on failure.
        node = yaml.compose(front, Loader=_FAST_LOADER)
        for error in exc.errors():
            line = _node_line(node, error["loc"])
            findings.append(Finding(shown, (line or 0) + 1, _describe(error)))
        return None
    sections = split_sections(body)
    for name in REQUIRED_SECTIONS[meta.kind]:
        if not sections.get(name):
            findings.append(
                Finding(shown, body_line, f"body lacks a non-empty `## {name}` section")
            )
    return Question(meta=meta, sections=sections, path=shown, folder=str(path.parent))


def load_bank(roots: Iterable[Path]) -> LoadResult:
    """Load every item under every root. Never raises for content problems."""
    result = LoadResult()
    for root in roots:
        for item_path in iter_item_files(Path(root), result.findings):
            question = load_item(item_path, result.findings)
            if question is not None:
                result.questions.append(question)
    return result
