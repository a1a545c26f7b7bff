# Two helper modules that import each other.
import _circ_a
print(_circ_a.from_a())
import _circ_b
print(_circ_b.from_b())
print(_circ_a._circ_b is _circ_b, _circ_b._circ_a is _circ_a)
import sys
print('_circ_a' in sys.modules, '_circ_b' in sys.modules)
import _circ_a as again
print(again is _circ_a, again.a_value, _circ_b.b_value)
