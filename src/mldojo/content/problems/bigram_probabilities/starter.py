def bigram_probabilities(sentences: list[str]) -> dict[str, dict[str, float]]:
    """Maximum-likelihood bigram probabilities P(next | previous).

    Lower-case each sentence, split it on whitespace, wrap the tokens in "<s>" and "</s>",
    and return result[previous][next] for every observed pair.
    """
    raise NotImplementedError
