# Helper that imports _mod_state and changes it.
import _mod_state
def use():
    _mod_state.items.append('from user')
    return _mod_state.bump()
