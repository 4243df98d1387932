# Matrix multiplication, transpose, identity, power and determinant with exact ints.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    assert len(a[0]) == m, "shape mismatch"
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def transpose(a):
    return [list(row) for row in zip(*a)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def matpow(a, e):
    result = identity(len(a))
    while e:
        if e & 1:
            result = matmul(result, a)
        a = matmul(a, a)
        e >>= 1
    return result
def det(a):
    if len(a) == 1:
        return a[0][0]
    total = 0
    for j in range(len(a)):
        minor = [row[:j] + row[j + 1:] for row in a[1:]]
        total += (-1) ** j * a[0][j] * det(minor)
    return total
def show(name, m):
    print(name)
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(str(x).rjust(width) for x in row) + "]")
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show("A", A)
show("B", B)
show("A x B", matmul(A, B))
show("B x A", matmul(B, A))
show("A^T", transpose(A))
fib = [[1, 1], [1, 0]]
print("fib(90) =", matpow(fib, 90)[0][1])
print("fib(300) =", matpow(fib, 300)[0][1])
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det(M) =", det(M), "det(I4) =", det(identity(4)))
print("det(M^3) == det(M)^3:", det(matpow(M, 3)) == det(M) ** 3)
try:
    matmul(A, A)
except AssertionError as e:
    print("AssertionError:", e)
F = [[0.5, 0.25], [0.125, 1.0]]
show("F x F", matmul(F, F))
