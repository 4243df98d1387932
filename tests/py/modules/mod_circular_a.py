print("mod_circular_a: start")
A_VALUE = "a"
import mod_circular_b
def from_b():
    return mod_circular_b.B_VALUE
print("mod_circular_a: end")
