# N-queens solved with recursive generators.
def solve(n):
    def place(row, cols, diag1, diag2, board):
        if row == n:
            yield tuple(board)
            return
        for c in range(n):
            if c in cols or (row - c) in diag1 or (row + c) in diag2:
                continue
            board.append(c)
            yield from place(row + 1, cols | {c}, diag1 | {row - c}, diag2 | {row + c}, board)
            board.pop()
    yield from place(0, frozenset(), frozenset(), frozenset(), [])
def render(sol):
    return "\n".join("".join("Q" if c == col else "." for c in range(len(sol))) for col in sol)
for n in range(1, 9):
    sols = list(solve(n))
    print(f"n={n}: {len(sols)} solutions", sols[0] if sols else None)
first = next(solve(8))
print(render(first))
gen = solve(6)
print(next(gen), next(gen))
print(sum(1 for _ in gen), "remaining for n=6")
def is_valid(sol):
    n = len(sol)
    return all(sol[i] != sol[j] and abs(sol[i] - sol[j]) != j - i for i in range(n) for j in range(i + 1, n))
print(all(is_valid(s) for s in solve(7)))
symmetric = [s for s in solve(8) if s == tuple(reversed(s))]
print("palindromic 8-queen solutions:", len(symmetric))
