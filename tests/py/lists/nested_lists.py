# Nested lists, aliasing and copying.
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad, bad[0] is bad[2])
shallow = grid[:]
shallow[0][0] = 'shared'
shallow[2] = 'replaced'
print(grid, shallow)
deep = [row[:] for row in grid]
deep[1][1] = 'deep'
print(grid[1], deep[1])
m = [[1, 2, 3], [4, 5, 6]]
t = [[row[i] for row in m] for i in range(3)]
print(t, [list(r) for r in zip(*m)])
print(sum(m, []), [x for row in m for x in row])
r = [1, 2]
r.append(r)
print(r, r[2][2][0], len(r))
d = [[]] * 2
d[0].append(1)
print(d)
