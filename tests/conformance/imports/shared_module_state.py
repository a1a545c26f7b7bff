# All importers share one module object and its state.
import _mod_state
import _mod_state_user
print(_mod_state.counter)
print(_mod_state_user.use(), _mod_state_user.use())
print(_mod_state.counter, _mod_state.items)
_mod_state.counter = 100
print(_mod_state.bump())
from _mod_state import counter
_mod_state.bump()
print(counter, _mod_state.counter)
