# The built-in exception hierarchy shared by CPython and MicroPython.
pairs = [
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (KeyError, LookupError), (IndexError, LookupError),
    (NotImplementedError, RuntimeError), (IndentationError, SyntaxError),
    (UnicodeError, ValueError), (Exception, BaseException),
    (KeyboardInterrupt, BaseException), (SystemExit, BaseException),
    (GeneratorExit, BaseException), (StopIteration, Exception),
    (KeyboardInterrupt, Exception), (SystemExit, Exception),
    (GeneratorExit, Exception), (AssertionError, Exception),
    (AttributeError, Exception), (ImportError, Exception),
    (NameError, Exception), (OSError, Exception), (TypeError, Exception),
    (ValueError, Exception), (KeyError, IndexError),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
