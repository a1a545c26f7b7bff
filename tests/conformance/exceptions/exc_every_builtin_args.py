# every builtin exception class: construction with 0, 1 and 2 arguments, args and str
names = ["ArithmeticError", "AssertionError", "AttributeError", "BaseException", "EOFError", "Exception", "GeneratorExit", "ImportError", "IndexError", "KeyboardInterrupt", "LookupError", "MemoryError", "NameError", "NotImplementedError", "OverflowError", "RuntimeError", "StopAsyncIteration", "StopIteration", "SystemExit", "TypeError", "UnicodeError", "ValueError", "ZeroDivisionError"]
for n in names:
    c = eval(n)
    e0, e1, e2 = c(), c("msg"), c(1, "two")
    print(n, e0.args, e1.args, e2.args, repr(str(e0)), str(e1), str(e2), repr(e0), repr(e2))
