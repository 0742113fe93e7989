"""Pairs of terms that interview answers swap: L1/L2, bias/variance, precision/recall...

Sentence embeddings barely move when one such term is swapped ("L2 drives weights to zero"
sits next to "L1 drives weights to zero"), yet the swap makes the claim false. The grader
therefore writes, for each rubric point, variants with one contrast term swapped, and asks
whether an answer's sentence is nearer a false variant than the true point, and whether the
sentence actually uses the swapped-in term. This module knows the pairs and makes the
variants.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mldojo.grading.text import normalise_text, stem

# Each family lists (side 0, side 1) term pairs. Terms are matched on word stems, longest
# first; the first pair whose side matches gives the replacement word for a variant.
CONTRAST_FAMILIES: dict[str, tuple[tuple[str, str], ...]] = {
    "l1-l2": (("l1", "l2"), ("lasso", "ridge"), ("l1 norm", "l2 norm")),
    "abs-squared": (("absolute", "squared"), ("mae", "mse")),
    "bias-variance": (("bias", "variance"),),
    "fit": (("overfitting", "underfitting"), ("overfit", "underfit"), ("overfits", "underfits")),
    "precision-recall": (("precision", "recall"),),
    "sens-spec": (("sensitivity", "specificity"),),
    "roc": (("true positive rate", "false positive rate"), ("tpr", "fpr")),
    "errors": (
        ("false positive", "false negative"),
        ("type i", "type ii"),
        ("type 1", "type 2"),
        ("fp", "fn"),
    ),
    "direction": (
        ("increases", "decreases"),
        ("increase", "decrease"),
        ("increased", "decreased"),
        ("increasing", "decreasing"),
        ("raises", "lowers"),
        ("raise", "lower"),
        ("raising", "lowering"),
        ("higher", "lower"),
        ("high", "low"),
        ("more", "less"),
        ("larger", "smaller"),
        ("large", "small"),
        ("bigger", "smaller"),
        ("big", "small"),
        ("greater", "smaller"),
        ("grows", "shrinks"),
        ("grow", "shrink"),
        ("rises", "falls"),
        ("goes up", "goes down"),
        ("go up", "go down"),
        ("up", "down"),
        ("rise", "fall"),
        ("increases", "reduces"),
        ("increase", "reduce"),
        ("adds", "removes"),
        ("many", "few"),
        ("more", "fewer"),
        ("maximize", "minimize"),
        ("maximum", "minimum"),
        ("max", "min"),
        ("overestimate", "underestimate"),
        ("upper", "lower"),
        ("longer", "shorter"),
        ("wider", "narrower"),
        ("faster", "slower"),
        ("fast", "slow"),
        ("better", "worse"),
        ("easier", "harder"),
        ("strong", "weak"),
        ("stronger", "weaker"),
    ),
    "ensembles": (
        ("bagging", "boosting"),
        ("parallel", "sequential"),
        ("parallel", "sequentially"),
    ),
    "seq2seq": (("encoder", "decoder"),),
    "split": (("training", "test"), ("train", "test"), ("train", "inference")),
    "learning": (("supervised", "unsupervised"),),
    "models": (("generative", "discriminative"),),
    "parametric": (("parametric", "nonparametric"),),
    "linear": (("linear", "nonlinear"),),
    "convex": (("convex", "nonconvex"),),
    "density": (("sparse", "dense"),),
    "scope": (("local", "global"),),
    "gradients": (("vanishing", "exploding"),),
    "capacity": (("simple", "complex"), ("simpler", "more complex"), ("rigid", "flexible")),
    "depth": (("shallow", "deep"),),
    "order": (("before", "after"),),
    "explore": (("exploration", "exploitation"), ("explore", "exploit")),
    "norms": (("batch norm", "layer norm"), ("batch normalization", "layer normalization")),
    "fraction": (("numerator", "denominator"),),
    "axis": (("row", "column"), ("rows", "columns")),
}


@dataclass(frozen=True)
class Term:
    family: str
    side: int
    words: tuple[str, ...]
    """The term's stems, e.g. ('fals', 'positiv')."""
    partner: str
    """The raw word(s) to put in its place to make the swapped variant."""


def _build_terms() -> dict[tuple[str, ...], Term]:
    terms: dict[tuple[str, ...], Term] = {}
    for family, pairs in CONTRAST_FAMILIES.items():
        for left, right in pairs:
            for side, (word, partner) in enumerate(((left, right), (right, left))):
                key = tuple(stem(w) for w in normalise_text(word).split())
                terms.setdefault(key, Term(family, side, key, partner))
    return terms


TERMS = _build_terms()
MAX_TERM_WORDS = max(len(key) for key in TERMS)
_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Occurrence:
    term: Term
    start: int
    """Character offsets in the normalised text."""
    end: int
    first_token: int
    last_token: int


def tokens_of(text: str) -> tuple[str, list[re.Match[str]], list[str]]:
    norm = normalise_text(text)
    tokens = list(_TOKEN.finditer(norm))
    return norm, tokens, [stem(t.group(0)) for t in tokens]


def match_terms(tokens: list[re.Match[str]], stems: list[str]) -> list[Occurrence]:
    found: list[Occurrence] = []
    i = 0
    while i < len(tokens):
        for size in range(min(MAX_TERM_WORDS, len(tokens) - i), 0, -1):
            term = TERMS.get(tuple(stems[i : i + size]))
            if term is not None:
                end = tokens[i + size - 1].end()
                found.append(Occurrence(term, tokens[i].start(), end, i, i + size - 1))
                i += size
                break
        else:
            i += 1
    return found


def find_terms(text: str) -> list[Occurrence]:
    """Contrast terms in `text`, longest match first, in reading order."""
    _, tokens, stems = tokens_of(text)
    return match_terms(tokens, stems)


def sides_present(text: str) -> set[tuple[str, int]]:
    """(family, side) pairs the text uses, e.g. {('l1-l2', 1)} for a sentence about ridge."""
    return {(o.term.family, o.term.side) for o in find_terms(text)}


@dataclass(frozen=True)
class Variant:
    """A rubric point with one contrast term swapped: a false statement to compare with."""

    text: str
    family: str
    side_in: int
    """The side of the term swapped *in*; a sentence must use it to be suspected."""
    original: str
    replacement: str


def swap_variants(point: str, limit: int = 10) -> list[Variant]:
    """One variant per contrast term in `point` (at most `limit`), each swapping only that term.

    Swapping one term at a time keeps each variant a minimal pair with the point, so the
    similarity difference reflects that one term. Terms of the same family that occur
    together (bias and variance in "lowers bias and raises variance") are also swapped
    together, because a sentence that swaps both says the opposite of the point. Directions
    are not: swapping every "raise" and "lower" at once often gives an equivalent statement.
    """
    norm, tokens, stems = tokens_of(point)
    found = match_terms(tokens, stems)
    variants: list[Variant] = []
    seen: set[str] = set()
    families = {o.term.family for o in found} - {"direction"}
    for family in sorted(families):
        same = [o for o in found if o.term.family == family]
        if len(same) < 2 or len({o.term.side for o in same}) < 2:
            continue
        text = norm
        for occurrence in reversed(same):
            text = text[: occurrence.start] + occurrence.term.partner + text[occurrence.end :]
        if text not in seen:
            seen.add(text)
            variants.append(Variant(text, family, -1, family, "all swapped"))
    for occurrence in found:
        if _listed_with_partner(occurrence, found):
            continue
        text = norm[: occurrence.start] + occurrence.term.partner + norm[occurrence.end :]
        if text not in seen:
            seen.add(text)
            variants.append(
                Variant(
                    text,
                    occurrence.term.family,
                    1 - occurrence.term.side,
                    norm[occurrence.start : occurrence.end],
                    occurrence.term.partner,
                )
            )
    return variants[:limit]


def _listed_with_partner(occurrence: Occurrence, found: list[Occurrence]) -> bool:
    """True for `precision` in "precision, recall and F1": swapping one member of a list of
    both sides gives a near-duplicate, not a false statement."""
    return any(
        other.term.family == occurrence.term.family
        and other.term.side != occurrence.term.side
        and min(
            abs(other.first_token - occurrence.last_token),
            abs(occurrence.first_token - other.last_token),
        )
        <= 2
        for other in found
    )
