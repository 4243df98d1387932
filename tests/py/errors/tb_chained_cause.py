# Explicit chaining with raise ... from ...: "The above exception was the direct cause".
class ConfigError(Exception):
    pass
def read_port(settings):
    try:
        return int(settings["port"])
    except (KeyError, ValueError) as exc:
        raise ConfigError("invalid port setting") from exc
print(read_port({"port": "80"}))
read_port({"port": "eighty"})
