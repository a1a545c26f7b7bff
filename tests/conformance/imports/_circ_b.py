# Helper: second half of a circular import.
print('_circ_b: start')
import _circ_a
b_value = 'B'
def from_b():
    return 'from_b sees ' + _circ_a.a_value
print('_circ_b: partially imported _circ_a has a_value:', hasattr(_circ_a, 'a_value'))
print('_circ_b: end')
