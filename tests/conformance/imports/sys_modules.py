# Imported modules are recorded in sys.modules.
import sys
print('_mod_basic' in sys.modules)
import _mod_basic
print('_mod_basic' in sys.modules, sys.modules['_mod_basic'] is _mod_basic)
import _pkg._sub
print('_pkg' in sys.modules, '_pkg._sub' in sys.modules)
print(sys.modules['_pkg._sub'].sub_value)
before = len(sys.modules)
import _mod_basic
print(len(sys.modules) == before)
sys.modules['_mod_fake'] = _mod_basic
import _mod_fake
print(_mod_fake is _mod_basic, _mod_fake.value)
del sys.modules['_mod_fake']
print('_mod_fake' in sys.modules)
