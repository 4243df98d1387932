from ..circle import PI
from .. import square
def info():
    return f"deep module sees PI={PI}, square(3)={square.area(3)}"
