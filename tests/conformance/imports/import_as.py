# import a.b as c binds the submodule itself.
import _pkg._sub as sub
print(sub.sub_value, sub.__name__)
import _mod_basic as mb
print(mb.value)
print('_pkg' in dir(), 'sub' in dir(), '_mod_basic' in dir())
import _pkg._inner._deep as deepmod
print(deepmod.deep())
import _pkg as p
print(p.pkg_value, p._sub is sub)
from _pkg import _sub as sub2
print(sub2 is sub)
