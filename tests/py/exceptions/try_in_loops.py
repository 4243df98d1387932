# Exceptions as control flow in loops.
def parse_all(tokens):
    nums, bad = [], []
    for t in tokens:
        try:
            nums.append(int(t))
        except ValueError:
            try:
                nums.append(float(t))
            except ValueError:
                bad.append(t)
                continue
        finally:
            pass
    return nums, bad
print(parse_all(["1", "2.5", "x", "-3", "1e3", "", "0x10"]))
d = {"a": 1}
for k in ["a", "b", "a", "c"]:
    try:
        d[k] += 1
    except KeyError:
        d[k] = 100
print(d)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 4:
            raise ConnectionError(f"attempt {attempts}")
        print("succeeded after", attempts)
        break
    except ConnectionError as e:
        print("retry:", e)
