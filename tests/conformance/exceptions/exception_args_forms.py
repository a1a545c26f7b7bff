# args of builtin exceptions built with zero, one and many arguments
for cls in (Exception, ValueError, KeyError, IndexError, TypeError, RuntimeError, StopIteration, OSError):
    for args in ((), ("msg",), (1, 2), (None,)):
        e = cls(*args)
        print(cls.__name__, e.args, isinstance(e, Exception))
print(str(ValueError("text")), str(ValueError()), str(ValueError(1, 2)))
print(repr(ValueError("a")) == "ValueError('a',)" or repr(ValueError("a")) == "ValueError('a')")
