# Nested dicts: building, traversal and deep access.
config = {
    "server": {"host": "localhost", "ports": [80, 443]},
    "db": {"name": "main", "replicas": {"r1": {"lag": 0}, "r2": {"lag": 5}}},
    "debug": False,
}
print(config["db"]["replicas"]["r2"]["lag"], config["server"]["ports"][-1])
def walk(d, prefix=""):
    for k, v in d.items():
        path = prefix + "." + k if prefix else k
        if isinstance(v, dict):
            yield from walk(v, path)
        else:
            yield path, v
for path, v in walk(config):
    print(path, "=", v)
def get_path(d, path, default=None):
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d
print(get_path(config, "db.replicas.r1.lag"), get_path(config, "db.nope", "n/a"), get_path(config, "debug.x"))
def merge(a, b):
    out = dict(a)
    for k, v in b.items():
        out[k] = merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out
print(merge(config, {"db": {"name": "other", "replicas": {"r3": {}}}, "debug": True}))
