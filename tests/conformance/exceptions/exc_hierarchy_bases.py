# the base class of each builtin exception and isinstance across the tree
pairs = [("ArithmeticError", "Exception"), ("OverflowError", "ArithmeticError"), ("ZeroDivisionError", "ArithmeticError"), ("LookupError", "Exception"), ("IndexError", "LookupError"), ("KeyError", "LookupError"), ("NotImplementedError", "RuntimeError"), ("IndentationError", "SyntaxError"), ("UnicodeError", "ValueError"), ("KeyboardInterrupt", "BaseException"), ("SystemExit", "BaseException"), ("GeneratorExit", "BaseException"), ("Exception", "BaseException"), ("StopIteration", "Exception"), ("OSError", "Exception"), ("MemoryError", "Exception"), ("AssertionError", "Exception"), ("TypeError", "Exception"), ("ImportError", "Exception")]
for sub, base in pairs:
    s, b = eval(sub), eval(base)
    print(sub, base, s.__bases__[0] is b, issubclass(s, b), isinstance(s(), b), issubclass(s, Exception), issubclass(b, s))
