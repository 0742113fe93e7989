# expect: WA
# Enumerates ranks from 1 and then adds 2 as if they were 0-based: log2(rank + 2).
import math


def ndcg_at_k(relevances, k):
    def dcg(rels):
        return sum((2**r - 1) / math.log2(i + 2) for i, r in enumerate(rels[:k], start=1))

    rels = [int(r) for r in relevances]
    ideal = dcg(sorted(rels, reverse=True))
    return dcg(rels) / ideal if ideal > 0 else 0.0
