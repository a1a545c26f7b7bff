# OSError built with an errno: args and errno
import sys
e = OSError(2)
print(e.args)
e = OSError(5, "io failure")
print(e.args, e.errno, e.args[1])
e = OSError()
print(e.args)
try:
    open("/_no_such_dir_/_no_such_file_")
except OSError as err:
    print(type(err).__name__ in ("OSError", "FileNotFoundError"), err.errno == 2, err.args[0] == 2)
class MyOSError(OSError):
    pass
try:
    raise MyOSError(13, "denied")
except OSError as err:
    print(type(err).__name__, err.errno, err.args)
