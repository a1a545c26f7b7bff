# import of a helper module and access to its attributes.
import _mod_basic
print(_mod_basic.value, _mod_basic.names)
print(_mod_basic.greet('world'))
t = _mod_basic.Thing()
print(t.describe(), _mod_basic.Thing.kind)
print(_mod_basic._private)
print(type(_mod_basic).__name__, _mod_basic.__name__)
_mod_basic.value += 1
import _mod_basic
print(_mod_basic.value)
print(callable(_mod_basic.greet), isinstance(t, _mod_basic.Thing))
print(hasattr(_mod_basic, 'names'), hasattr(_mod_basic, 'nope'))
print(getattr(_mod_basic, 'value'), getattr(_mod_basic, 'missing', 'default'))
