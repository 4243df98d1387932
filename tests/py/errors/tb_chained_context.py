# Implicit chaining: "During handling of the above exception, another exception occurred".
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise ValueError(f"no such key: {key}")
config = {"a": 1}
print(lookup(config, "a"))
print(lookup(config, "b"))
