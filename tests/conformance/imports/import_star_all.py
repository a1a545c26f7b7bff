# from m import * with __all__ imports exactly the listed names.
from _mod_all import *
print(exported, _also_exported)
for name in ('not_listed', '_hidden'):
    print(name, name in globals())
def listed():
    return exported + '!'
print(listed())
import _mod_all
print(_mod_all.not_listed, _mod_all._hidden)
print(sorted(_mod_all.__all__))
