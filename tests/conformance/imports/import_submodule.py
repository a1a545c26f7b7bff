# import a.b binds a and makes a.b available.
import _pkg._sub
print(_pkg._sub.sub_value, _pkg._sub.sub_func(4))
print(_pkg.pkg_value)
print(_pkg._sub.__name__)
import _pkg
print(_pkg._sub is _pkg._sub, hasattr(_pkg, '_sub'))
import _pkg._sub
print(_pkg._sub.sub_func(_pkg._sub.sub_func(1)))
import _pkg._inner._deep
print(_pkg._inner.inner_value, _pkg._inner._deep.deep())
print(_pkg._inner._deep.__name__)
