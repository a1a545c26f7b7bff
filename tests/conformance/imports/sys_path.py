# The script's folder is on sys.path, so helpers next to it are importable.
import sys
print(type(sys.path).__name__, len(sys.path) > 0)
print(all(type(p) is str for p in sys.path))
import _mod_basic
print(_mod_basic.value)
print(sys.path is sys.path)
sys.path.append('definitely_not_a_real_dir')
print(sys.path[-1])
sys.path.pop()
import _mod_name
print(_mod_name.who())
try:
    import _missing_helper_module
except ImportError:
    print('ImportError')
