"""Which side of a contrast each word of a sentence is attached to, and where two texts differ.

"L1 drives weights to zero" attaches `drive`, `weight` and `zero` to the L1 side of the L1/L2
contrast; "L2 drives weights to zero" attaches them to the L2 side. Sentence embeddings barely
see that difference (reference note A3); this shallow, parser-free reading does, and comparing
a sentence's attachments with a rubric point's is the grader's lexical swap check.

Attachment rules, each there because an example went wrong without it:

- a sentence is cut into segments at `;`, `:`, `while`, `but`, `whereas`...; a word attaches
  only within its segment;
- within a segment, comma-separated pieces are kept apart when each names the contrast ("as
  capacity increases, bias goes down"), and merged when a piece does not ("variance measures
  ..., and shows up as overfitting");
- a word attaches to the nearest term of the family; ties attach it to nothing;
- for directions (more/less, raises/lowers) only other contrast terms attach, and a direction
  directly qualifying a plain noun ("more data", "better features") is ignored.
"""

from __future__ import annotations

import re

from mldojo.grading.contrasts import Occurrence, match_terms, tokens_of
from mldojo.grading.text import FUNCTION_WORDS, normalise_text, split_sentences

Associations = dict[str, dict[str, set[int]]]
"""family -> content stem -> the sides of that family the stem is attached to."""

_SEGMENT_BREAK = re.compile(
    r"\s*(?:;|:|\u2014|\bwhile\b|\bwhereas\b|\bbut\b|\bhowever\b|\balthough\b|\bunlike\b)\s*"
)


def associations(text: str) -> Associations:
    """Attachments of every content word of `text`, per contrast family."""
    out: Associations = {}
    for sentence in split_sentences(text):
        for segment in _SEGMENT_BREAK.split(normalise_text(sentence.text)):
            _associate(segment, out)
    return out


def _pieces(segment: str, tokens: list[re.Match[str]]) -> list[int]:
    """For each token, the index of the comma-separated piece it is in."""
    commas = [m.start() for m in re.finditer(",", segment)]
    piece, out, next_comma = 0, [], 0
    for token in tokens:
        while next_comma < len(commas) and commas[next_comma] < token.start():
            piece += 1
            next_comma += 1
        out.append(piece)
    return out


def _merged(pieces: list[int], terms: list[Occurrence]) -> list[int]:
    """Merge pieces that name no term of the family into the piece before them."""
    with_term = {pieces[o.first_token] for o in terms}
    mapping: dict[int, int] = {}
    current = min(with_term) if with_term else 0
    for piece in sorted(set(pieces)):
        if piece in with_term:
            current = piece
        mapping[piece] = current
    return [mapping[p] for p in pieces]


def _associate(segment: str, out: Associations) -> None:
    _, tokens, stems = tokens_of(segment)
    found = match_terms(tokens, stems)
    if not found:
        return
    in_term = {i for o in found for i in range(o.first_token, o.last_token + 1)}
    pieces = _pieces(segment, tokens)
    for family in {o.term.family for o in found}:
        terms = [o for o in found if o.term.family == family]
        if family == "direction":
            terms = [o for o in terms if not _modifies_plain_word(o, tokens, in_term)]
            if not terms:
                continue
        groups = _merged(pieces, terms)
        table = out.setdefault(family, {})
        for i, token in enumerate(tokens):
            word = token.group(0)
            if word in FUNCTION_WORDS or len(word) < 2:
                continue
            if any(o.first_token <= i <= o.last_token for o in terms):
                continue
            if family == "direction" and i not in in_term:
                continue
            near = [o for o in terms if groups[o.first_token] == groups[i]]
            if not near:
                continue
            distances = [
                (min(abs(i - o.first_token), abs(i - o.last_token)), o.term.side) for o in near
            ]
            nearest = min(d for d, _ in distances)
            sides = {side for d, side in distances if d == nearest}
            if len(sides) == 1:
                table.setdefault(stems[i], set()).update(sides)


def _modifies_plain_word(
    occurrence: Occurrence, tokens: list[re.Match[str]], in_term: set[int]
) -> bool:
    """`more data`, `better features`: the direction qualifies a noun and states nothing about
    the other concepts in the sentence, so it is left out. `lower bias` is kept."""
    following = occurrence.last_token + 1
    if following >= len(tokens) or following in in_term:
        return False
    return tokens[following].group(0) not in FUNCTION_WORDS


def relation_conflicts(sentence: Associations, truth: Associations) -> dict[str, tuple[int, int]]:
    """Per family: (words the sentence attaches to the opposite side, words it agrees on)."""
    result: dict[str, tuple[int, int]] = {}
    for family, table in sentence.items():
        reference = truth.get(family)
        if not reference:
            continue
        conflicts = agrees = 0
        for word, sides in table.items():
            truth_sides = reference.get(word)
            if not truth_sides or len(truth_sides) > 1 or len(sides) > 1:
                continue
            if sides == truth_sides:
                agrees += 1
            else:
                conflicts += 1
        if conflicts or agrees:
            result[family] = (conflicts, agrees)
    return result
