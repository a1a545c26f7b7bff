# the builtin functions MicroPython and CPython share are callable
names = ["abs", "all", "any", "bin", "callable", "chr", "dir", "divmod", "enumerate", "eval", "exec", "filter",
         "getattr", "globals", "hasattr", "hash", "hex", "id", "isinstance", "issubclass", "iter", "len", "locals",
         "map", "max", "min", "next", "oct", "ord", "pow", "print", "repr", "round", "setattr", "sorted", "sum", "zip",
         "bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "memoryview", "object", "range",
         "set", "str", "tuple", "type", "delattr", "reversed", "super", "property", "staticmethod", "classmethod"]
missing = [n for n in names if not callable(eval(n))]
print(len(names), missing)
