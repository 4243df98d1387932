# Circular imports see partially initialised modules.
import mod_circular_a
print(mod_circular_a.from_b(), mod_circular_a.mod_circular_b.a_value())
import mod_circular_b
print(mod_circular_b.mod_circular_a is mod_circular_a)
