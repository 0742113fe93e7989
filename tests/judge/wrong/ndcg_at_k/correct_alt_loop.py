# expect: AC
# Plain loops, with the ideal ranking found by partial selection (heapq.nlargest).
import heapq
import math


def ndcg_at_k(relevances, k):
    rels = [int(r) for r in relevances]
    dcg = 0.0
    for i in range(min(k, len(rels))):
        dcg += (2 ** rels[i] - 1) / math.log2(i + 2)
    idcg = 0.0
    for i, r in enumerate(heapq.nlargest(k, rels)):
        idcg += (2**r - 1) / math.log2(i + 2)
    if idcg == 0:
        return 0.0
    return dcg / idcg
