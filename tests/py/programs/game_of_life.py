# Conway's Game of Life on a small toroidal grid.
def parse(rows):
    return {(r, c) for r, row in enumerate(rows) for c, ch in enumerate(row) if ch == "#"}
def step(cells, h, w):
    counts = {}
    for r, c in cells:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % h, (c + dc) % w)
                    counts[key] = counts.get(key, 0) + 1
    return {pos for pos, n in counts.items() if n == 3 or (n == 2 and pos in cells)}
def render(cells, h, w):
    return "\n".join("".join("#" if (r, c) in cells else "." for c in range(w)) for r in range(h))
H, W = 8, 10
glider = parse([".#.", "..#", "###"])
cells = glider
for gen in range(5):
    print(f"generation {gen}: {len(cells)} cells")
    print(render(cells, H, W))
    cells = step(cells, H, W)
blinker = parse(["...", "###", "..."])
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print("blinker period 2:", b2 == blinker, b1 != blinker, sorted(b1))
block = parse(["##", "##"])
print("block is still life:", step(block, 6, 6) == block)
cells = glider
seen = {}
for gen in range(40):
    key = frozenset(cells)
    if key in seen:
        print("glider repeats: generation", gen, "matches", seen[key])
        break
    seen[key] = gen
    cells = step(cells, H, W)
r_pentomino = parse([".##", "##.", ".#."])
cells = r_pentomino
history = []
for gen in range(30):
    history.append(len(cells))
    cells = step(cells, 20, 20)
print("r-pentomino populations:", history)
