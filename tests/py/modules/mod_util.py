"""Helper module for the modules tests."""
print("mod_util: executing module body, __name__ =", __name__)
CONSTANT = 42
_private = "hidden"
counter = 0
def double(x):
    return x * 2
def bump():
    global counter
    counter += 1
    return counter
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return f"Hello, {self.name}!"
if __name__ == "__main__":
    print("mod_util run as script")
