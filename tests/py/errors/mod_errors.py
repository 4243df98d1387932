class HelperError(Exception):
    pass
def check(value):
    if value < 0:
        raise HelperError(f"negative value: {value}")
    return value
def run(values):
    return [check(v) for v in values]
