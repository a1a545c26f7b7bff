# Helper module two levels down using a parent-relative import.
from .._sub import sub_func
from . import inner_value
from .. import pkg_func
def deep():
    return inner_value + ':' + str(sub_func(5)) + ':' + pkg_func() + ':' + __name__
