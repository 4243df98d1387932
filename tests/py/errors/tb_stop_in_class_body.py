# Exception raised while executing a class body.
class Config:
    name = "app"
    port = int("not-a-number")
print("unreachable")
