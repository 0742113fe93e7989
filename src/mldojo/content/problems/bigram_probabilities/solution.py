from collections import Counter, defaultdict


def bigram_probabilities(sentences: list[str]) -> dict[str, dict[str, float]]:
    pair_counts: dict[str, Counter[str]] = defaultdict(Counter)
    for sentence in sentences:
        tokens = ["<s>", *sentence.lower().split(), "</s>"]
        for prev, nxt in zip(tokens, tokens[1:], strict=False):
            pair_counts[prev][nxt] += 1
    result: dict[str, dict[str, float]] = {}
    for prev, followers in pair_counts.items():
        total = sum(followers.values())
        result[prev] = {nxt: count / total for nxt, count in followers.items()}
    return result
