print("mod_circular_b: start")
import mod_circular_a
B_VALUE = "b"
def a_value():
    return mod_circular_a.A_VALUE
print("mod_circular_b: end, partially initialised a has A_VALUE:", hasattr(mod_circular_a, "A_VALUE"))
