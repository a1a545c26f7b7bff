# __name__ is '__main__' for the script and the module name for imports.
print(__name__)
import _mod_name
print(_mod_name.my_name, _mod_name.who())
from _pkg import _sub
print(_sub.__name__)
if __name__ == '__main__':
    print('running as main')
from _pkg._inner import _deep
print(_deep.__name__)
import _pkg
print(_pkg.__name__)
def f():
    return __name__
print(f())
