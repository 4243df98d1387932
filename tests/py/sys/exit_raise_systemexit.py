# raise SystemExit(code) directly, with a non-trivial code.
print("raising SystemExit(42)")
raise SystemExit(42)
