# Helper using relative imports inside the package.
from . import _sub
from ._sub import sub_value, sub_func
from . import pkg_value
def combined():
    return sub_value + ' / ' + pkg_value + ' / ' + str(sub_func(21)) + ' / ' + _sub.__name__
