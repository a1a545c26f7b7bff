# from package import submodule.
from _pkg import _sub
print(_sub.sub_value, _sub.__name__)
from _pkg._sub import sub_func as double
print(double(21))
from _pkg._inner import _deep
print(_deep.deep())
import _pkg
print(hasattr(_pkg, '_sub'), hasattr(_pkg, '_inner'))
from _pkg import pkg_func, pkg_value as pv
print(pkg_func(), pv)
from _pkg._inner import inner_value
print(inner_value)
