# Dijkstra's shortest paths using plain lists (no heap), with path reconstruction.
INF = float("inf")
def dijkstra(n, edges, source):
    adj = [[] for _ in range(n)]
    for u, v, w in edges:
        adj[u].append((v, w))
        adj[v].append((u, w))
    dist = [INF] * n
    prev = [None] * n
    done = [False] * n
    dist[source] = 0
    for _ in range(n):
        u = -1
        for i in range(n):
            if not done[i] and (u == -1 or dist[i] < dist[u]):
                u = i
        if u == -1 or dist[u] == INF:
            break
        done[u] = True
        for v, w in adj[u]:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
                prev[v] = u
    return dist, prev
def path(prev, target):
    out = []
    while target is not None:
        out.append(target)
        target = prev[target]
    return out[::-1]
names = ["A", "B", "C", "D", "E", "F", "G", "H"]
edges = [(0, 1, 4), (0, 2, 2), (1, 2, 5), (1, 3, 10), (2, 4, 3), (4, 3, 4), (3, 5, 11),
         (4, 5, 20), (5, 6, 1), (3, 6, 30)]
dist, prev = dijkstra(len(names), edges, 0)
for i, name in enumerate(names):
    if dist[i] == INF:
        print(f"{name}: unreachable")
    else:
        print(f"{name}: {dist[i]:>3} via {' -> '.join(names[p] for p in path(prev, i))}")
grid = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
h, w = len(grid), len(grid[0])
idx = lambda r, c: r * w + c
gedges = []
for r in range(h):
    for c in range(w):
        if grid[r][c] == "#":
            continue
        for dr, dc in ((0, 1), (1, 0)):
            rr, cc = r + dr, c + dc
            if rr < h and cc < w and grid[rr][cc] != "#":
                gedges.append((idx(r, c), idx(rr, cc), 1))
gd, gp = dijkstra(h * w, gedges, idx(0, 0))
end = idx(3, 7)
print("grid distance:", gd[end])
route = set(path(gp, end))
for r in range(h):
    print("".join("*" if idx(r, c) in route and grid[r][c] == "." else grid[r][c] for c in range(w)))
