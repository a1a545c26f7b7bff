# A module body runs only once, however many times it is imported.
print('before first import')
import _mod_side_effect
print('after first import')
import _mod_side_effect
from _mod_side_effect import loads
import _mod_side_effect as again
print(again is _mod_side_effect, loads)
def inner():
    import _mod_side_effect
    return _mod_side_effect.loads
print(inner())
