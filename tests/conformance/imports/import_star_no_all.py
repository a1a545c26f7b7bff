# from m import * without __all__ imports the public names.
from _mod_noall import *
print(visible, also_visible, visible_func())
try:
    _hidden
except NameError:
    print('NameError: _hidden not imported')
import _mod_noall
print(_mod_noall._hidden)
print(visible is _mod_noall.visible, visible_func is _mod_noall.visible_func)
visible = 'rebound locally'
print(visible, _mod_noall.visible)
