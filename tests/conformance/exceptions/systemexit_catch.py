# SystemExit and KeyboardInterrupt can be caught like other exceptions.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print('SystemExit', e.args)
try:
    sys.exit()
except SystemExit as e:
    print('SystemExit no args', e.args)
try:
    raise SystemExit('bye')
except SystemExit as e:
    print('SystemExit message', e.args)
try:
    raise KeyboardInterrupt
except Exception:
    print('not caught here')
except KeyboardInterrupt:
    print('KeyboardInterrupt caught')
print('still running')
