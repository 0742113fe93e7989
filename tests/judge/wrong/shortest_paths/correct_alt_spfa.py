# expect: AC
# A different correct solution: SPFA (queue-based Bellman-Ford). A node dequeued n times
# means a negative cycle is reachable.
from collections import deque


def shortest_paths(n, edges, source):
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
    dist = [float("inf")] * n
    dist[source] = 0
    queued = [False] * n
    count = [0] * n
    q = deque([source])
    queued[source] = True
    while q:
        u = q.popleft()
        queued[u] = False
        count[u] += 1
        if count[u] > n:
            return None
        for v, w in adj[u]:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                if not queued[v]:
                    queued[v] = True
                    q.append(v)
    return [None if d == float("inf") else d for d in dist]
