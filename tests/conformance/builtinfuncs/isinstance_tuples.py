# isinstance/issubclass with tuples of classes, user classes and builtin types
class A:
    pass
class B(A):
    pass
b = B()
print(isinstance(b, A), isinstance(b, (int, A)), isinstance(b, ()), isinstance(1, (str, bytes)), isinstance("s", (bytes, str)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(int, object), issubclass(A, ()), issubclass(B, B))
print(isinstance(1.5, float), isinstance(1, float), isinstance([], (list, tuple)), isinstance(A, type), isinstance(int, type))
for args in [(1, 1), (1, "int"), (1, [int])]:
    try:
        isinstance(*args)
    except TypeError:
        print(args, "TypeError")
for args in [(1, int), (b, A)]:
    try:
        issubclass(*args)
    except TypeError:
        print("issubclass TypeError")
