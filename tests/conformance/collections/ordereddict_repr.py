# mp-differs: MicroPython prints an OrderedDict as OrderedDict({...}) (cpython-differences.md; CPython 3.11 prints a list of pairs)
from collections import OrderedDict

print(OrderedDict())
print(OrderedDict([(1, 2), ("a", [3])]))
d = OrderedDict(z=1)
d["a"] = OrderedDict(x=None)
print(d)
print(str(d) == repr(d))
print([OrderedDict(k="v")])
