"""The controlled vocabulary of topics and companies that items may name.

Each bank root may hold `topics.yaml` and `companies.yaml`; the vocabularies of all roots are
merged, so a user bank can add topics without editing the shipped one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from mldojo.bank.problems import Finding


@dataclass
class Vocabulary:
    topics: dict[str, str] = field(default_factory=dict)
    topic_area: dict[str, str] = field(default_factory=dict)
    companies: set[str] = field(default_factory=set)


def _read_yaml(path: Path, findings: list[Finding]) -> object:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        findings.append(Finding(str(path), 0, f"cannot read: {exc}"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        findings.append(Finding(str(path), mark.line + 1 if mark else 0, "malformed YAML"))
    return None


def load_vocabulary(roots: list[Path], findings: list[Finding]) -> Vocabulary:
    vocab = Vocabulary()
    for root in roots:
        topics_path = root / "topics.yaml"
        if topics_path.exists():
            data = _read_yaml(topics_path, findings)
            areas = data.get("areas") if isinstance(data, dict) else None
            if not isinstance(areas, list):
                findings.append(
                    Finding(str(topics_path), 1, "expected `areas:` with a list of areas")
                )
                areas = []
            for area in areas:
                for topic in (area or {}).get("topics", []) if isinstance(area, dict) else []:
                    if isinstance(topic, dict) and isinstance(topic.get("id"), str):
                        if topic["id"] in vocab.topics:
                            findings.append(
                                Finding(
                                    str(topics_path), 0, f"topic `{topic['id']}` is defined twice"
                                )
                            )
                        vocab.topics[topic["id"]] = str(topic.get("name", topic["id"]))
                        vocab.topic_area[topic["id"]] = str(area.get("id", ""))
                    else:
                        findings.append(
                            Finding(str(topics_path), 0, f"malformed topic entry: {topic!r}")
                        )
        companies_path = root / "companies.yaml"
        if companies_path.exists():
            data = _read_yaml(companies_path, findings)
            entries = data.get("companies") if isinstance(data, dict) else None
            if not isinstance(entries, list):
                findings.append(
                    Finding(str(companies_path), 1, "expected `companies:` with a list")
                )
                entries = []
            for entry in entries:
                if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                    vocab.companies.add(entry["id"])
                else:
                    findings.append(
                        Finding(str(companies_path), 0, f"malformed company entry: {entry!r}")
                    )
    return vocab
