# Importing a package runs its __init__ once.
import _pkg
print(_pkg.pkg_value, _pkg.pkg_func())
import _pkg
print(_pkg.__name__)
from _pkg import pkg_value
print(pkg_value)
import sys
print('_pkg' in sys.modules, sys.modules['_pkg'] is _pkg)
print(hasattr(_pkg, 'pkg_func'), callable(_pkg.pkg_func))
_pkg.added_later = 'added'
import _pkg as again
print(again.added_later)
