# expect: RE
# Divides by the ideal DCG without checking for 0.
import math


def ndcg_at_k(relevances, k):
    rels = [int(r) for r in relevances]
    dcg = sum((2**r - 1) / math.log2(i + 2) for i, r in enumerate(rels[:k]))
    best = sorted(rels, reverse=True)
    idcg = sum((2**r - 1) / math.log2(i + 2) for i, r in enumerate(best[:k]))
    return dcg / idcg
