# expect: BANNED
import pandas as pd


def bigram_probabilities(sentences):
    rows = []
    for sentence in sentences:
        tokens = ["<s>"] + sentence.lower().split() + ["</s>"]
        rows.extend(zip(tokens, tokens[1:]))
    frame = pd.DataFrame(rows, columns=["prev", "next"])
    probs = frame.groupby("prev")["next"].value_counts(normalize=True)
    out = {}
    for (a, b), p in probs.items():
        out.setdefault(a, {})[b] = float(p)
    return out
