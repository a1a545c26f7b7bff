# Helper: first half of a circular import.
print('_circ_a: start')
a_value = 'A'
import _circ_b
def from_a():
    return 'from_a sees ' + _circ_b.b_value
print('_circ_a: end')
