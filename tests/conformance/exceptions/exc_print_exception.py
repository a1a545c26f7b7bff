# sys.print_exception of exceptions that were never raised (no traceback lines)
# mp-differs: sys.print_exception is MicroPython's own (CPython has no such function); expected output written from errors-and-tracebacks.md §1.1-1.2
import sys
sys.print_exception(ValueError("bad value"))
sys.print_exception(KeyError("k"))
sys.print_exception(TypeError())
sys.print_exception(IndexError(1, 2))
sys.print_exception(OSError(2))
sys.print_exception(OSError(5, "io"))
sys.print_exception(StopIteration(5))
class E(Exception):
    pass
sys.print_exception(E("user"))
class R(Exception):
    def __repr__(self):
        return "custom repr line"
sys.print_exception(R(1))
sys.print_exception(ZeroDivisionError("divide by zero"), sys.stdout)
try:
    sys.print_exception(ValueError(), file=sys.stdout)
except TypeError:
    print("keyword file rejected")
