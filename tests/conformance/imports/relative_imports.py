# Relative imports inside helper packages.
from _pkg import _rel
print(_rel.combined())
from _pkg._inner._deep import deep
print(deep())
import _pkg2
print(_pkg2.total, _pkg2._part.part_value)
print(_rel.sub_value, _rel._sub.sub_func(1))
from _pkg import _sub
print(_rel._sub is _sub)
import _pkg._inner
print(_pkg._inner.inner_value)
