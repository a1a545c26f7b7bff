# SystemExit and its code, from sys.exit and raised directly
import sys
if not hasattr(SystemExit(), "code"):
    print("SKIP")
    raise SystemExit
for args in [(), (0,), (3,), ("message",)]:
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(args, e.args, e.code)
try:
    raise SystemExit(7)
except SystemExit as e:
    print(e.code, isinstance(e, Exception), isinstance(e, BaseException))
try:
    try:
        sys.exit(1)
    except Exception:
        print("not caught by Exception")
except SystemExit:
    print("caught by SystemExit")
