"""What the rubric grader knows about an item, and its embeddings, computed once per item.

An item contributes true statements (rubric points, the model answer's sentences, the
corrections of its misconceptions) and false ones (the misconception claims, and each rubric
point with one contrast term swapped). Grading compares the answer's sentences with both
sides. Embedding them is the costly part of a first grade, so profiles are cached per
process, keyed by the item's text.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from mldojo.bank.models import Question, RubricMixin
from mldojo.errors import UsageError
from mldojo.grading.contrasts import Variant, sides_present, swap_variants
from mldojo.grading.relations import Associations, associations
from mldojo.grading.text import content_stems, negation_count, split_sentences, words

if TYPE_CHECKING:
    import numpy as np
    from numpy.typing import NDArray

    from mldojo.grading.embedder import Embedder

MAX_REFERENCE_SENTENCES = 24
MAX_VARIANTS_PER_POINT = 10


@dataclass(frozen=True)
class Point:
    id: str
    weight: float
    text: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class Claim:
    """A misconception: a false claim, the point it contradicts, and its correction."""

    text: str
    point: int
    correction: str


@dataclass(frozen=True)
class RubricItem:
    """The parts of a bank item the rubric grader reads."""

    id: str
    prompt: str
    reference: str
    points: tuple[Point, ...]
    claims: tuple[Claim, ...] = ()

    @classmethod
    def from_question(cls, question: Question) -> RubricItem:
        meta = question.meta
        if not isinstance(meta, RubricMixin) or not getattr(meta, "rubric", None):
            raise UsageError(
                f"`{question.id}` has no rubric ({question.kind.value} items are graded "
                "differently); the rubric grader needs `rubric` points in the front matter"
            )
        index = {p.id: i for i, p in enumerate(meta.rubric)}
        points = tuple(Point(p.id, p.weight, p.point, tuple(p.keywords)) for p in meta.rubric)
        claims = tuple(
            Claim(m.claim, index[m.contradicts], m.correction)
            for m in meta.misconceptions
            if m.contradicts in index
        )
        return cls(question.id, question.prompt, question.model_answer, points, claims)

    @property
    def fingerprint(self) -> str:
        parts = [self.id, self.prompt, self.reference]
        parts += [f"{p.id}|{p.weight}|{p.text}" for p in self.points]
        parts += [f"{c.text}|{c.point}|{c.correction}" for c in self.claims]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:16]

    @property
    def total_weight(self) -> float:
        return sum(p.weight for p in self.points) or 1.0


@dataclass
class ItemProfile:
    """An item's texts and their unit vectors, ready to compare answers against."""

    item: RubricItem
    point_vecs: NDArray[np.float32]
    truth_texts: list[str]
    truth_vecs: NDArray[np.float32]
    truth_negated: NDArray[np.bool_]
    n_core: int
    """Truths [:n_core] are the points and the model answer; the rest are corrections."""
    claim_vecs: NDArray[np.float32]
    correction_vecs: NDArray[np.float32]
    variants: list[tuple[int, Variant]]
    variant_vecs: NDArray[np.float32]
    topic_vec: NDArray[np.float32]
    reference_words: int
    truth_associations: list[Associations] = field(default_factory=list)
    """Attachments of the points and model-answer sentences (the first n_core truths)."""
    claim_sides: list[set[tuple[str, int]]] = field(default_factory=list)
    claim_negated: list[bool] = field(default_factory=list)
    point_sides: list[set[tuple[str, int]]] = field(default_factory=list)
    vocabulary: frozenset[str] = field(default_factory=frozenset)
    """Content stems of the points, keywords and prompt: what a keyword list would repeat."""


_profiles: dict[str, ItemProfile] = {}


def _rows(vecs: NDArray[np.float32], n: int) -> NDArray[np.float32]:
    """`vecs` as an (n, dim) matrix, also when n is 0."""
    import numpy as np

    return np.asarray(vecs, dtype=np.float32).reshape(n, vecs.shape[-1])


def build_profile(item: RubricItem, embedder: Embedder) -> ItemProfile:
    """Embed an item's true and false statements (cached per process by content)."""
    import numpy as np

    key = item.fingerprint
    cached = _profiles.get(key)
    if cached is not None:
        return cached
    reference = [s.text for s in split_sentences(item.reference)][:MAX_REFERENCE_SENTENCES]
    corrections = [c.correction for c in item.claims if c.correction]
    points = [p.text for p in item.points]
    truth = points + reference + corrections
    variants = [
        (i, v)
        for i, p in enumerate(item.points)
        for v in swap_variants(p.text, MAX_VARIANTS_PER_POINT)
    ]
    claims = [c.text for c in item.claims]
    texts = truth + claims + [c.correction or c.text for c in item.claims]
    texts += [v.text for _, v in variants] + [item.prompt or item.id]
    vecs = embedder.embed(texts)
    n_truth, n_claims = len(truth), len(claims)
    truth_vecs = vecs[:n_truth]
    claim_vecs = vecs[n_truth : n_truth + n_claims]
    correction_vecs = vecs[n_truth + n_claims : n_truth + 2 * n_claims]
    variant_vecs = vecs[n_truth + 2 * n_claims : -1]
    prompt_vec = vecs[-1]
    topic = truth_vecs[: len(points)].mean(axis=0) + prompt_vec
    if len(reference):
        topic = topic + truth_vecs[len(points) : len(points) + len(reference)].mean(axis=0)
    topic = topic / max(float(np.linalg.norm(topic)), 1e-12)
    vocabulary = set()
    for p in item.points:
        vocabulary.update(content_stems(p.text))
        for keyword in p.keywords:
            vocabulary.update(content_stems(keyword))
    vocabulary.update(content_stems(item.prompt))
    profile = ItemProfile(
        item=item,
        point_vecs=truth_vecs[: len(points)],
        truth_texts=truth,
        truth_vecs=truth_vecs,
        truth_negated=np.array([negation_count(t) > 0 for t in truth], dtype=bool),
        n_core=len(points) + len(reference),
        claim_vecs=_rows(claim_vecs, n_claims),
        correction_vecs=_rows(correction_vecs, n_claims),
        variants=variants,
        variant_vecs=_rows(variant_vecs, len(variants)),
        topic_vec=topic.astype(np.float32),
        reference_words=max(1, len(words(item.reference))),
        truth_associations=[associations(t) for t in truth[: len(points) + len(reference)]],
        claim_sides=[sides_present(c.text) for c in item.claims],
        claim_negated=[negation_count(c.text) > 0 for c in item.claims],
        point_sides=[sides_present(p.text) for p in item.points],
        vocabulary=frozenset(vocabulary),
    )
    if len(_profiles) > 512:
        _profiles.clear()
    _profiles[key] = profile
    return profile


def design_step_item(question: Question, step: str) -> RubricItem:
    """One step of a design item as a rubric item of its own.

    Steps have no model answer, so the step's points stand in for it: topic and length are
    then measured against what the step asks for, not against the whole scenario.
    """
    from mldojo.bank.models import DesignFrontMatter

    meta = question.meta
    if not isinstance(meta, DesignFrontMatter):
        raise UsageError(f"`{question.id}` is a {question.kind.value} item, not a design item")
    for spec in meta.steps:
        if spec.step == step:
            points = tuple(Point(p.id, p.weight, p.point, tuple(p.keywords)) for p in spec.rubric)
            reference = " ".join(p.text for p in points)
            return RubricItem(f"{question.id}#{step}", spec.prompt, reference, points)
    raise UsageError(f"`{question.id}` has no design step `{step}`")
