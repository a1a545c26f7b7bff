# from module import names, including aliases.
from _mod_basic import value, greet
from _mod_basic import Thing as T, names as N
print(value, greet('x'), T().describe(), N)
from _mod_basic import _private
print(_private)
try:
    from _mod_basic import does_not_exist
except ImportError:
    print('ImportError for a missing name')
