# isinstance and issubclass with single classes and tuples.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C))
print(isinstance(b, (C, A)), isinstance(b, (C,)), isinstance(b, ()))
print(issubclass(B, A), issubclass(A, B), issubclass(B, B))
print(issubclass(B, (C, A)), issubclass(C, (A, B)))
print(isinstance(1, int), isinstance('s', (int, str)), isinstance(None, object))
print(isinstance(b, object), issubclass(C, object))
print(isinstance(A, type), isinstance(b, type))
print(isinstance([], (list, tuple)), isinstance((), (list, tuple)), isinstance({}, (list, tuple)))
