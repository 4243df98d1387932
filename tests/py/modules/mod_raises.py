print("mod_raises: starting")
value = 1
def fail(n):
    if n <= 0:
        raise ValueError(f"bad value {n}")
    return fail(n - 1)
