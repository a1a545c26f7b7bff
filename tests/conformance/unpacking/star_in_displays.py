# * and ** unpacking inside list/tuple/set/dict displays (PEP 448).
# MicroPython does not support this syntax: the probe prints SKIP there.
try:
    exec('[*()]')
except SyntaxError:
    print('SKIP')
    raise SystemExit
import _star_displays
_star_displays.run()
# (after this point only CPython-compatible implementations get here)
print('done')
