# isinstance/issubclass with tuples, user classes and bad second arguments
class A: pass
class B(A): pass
class C: pass
b = B()
for cls in (A, B, C, (C, A), (C,), (), object):
    print(isinstance(b, cls), issubclass(B, cls))
print(isinstance(1, (str, int)), isinstance("s", str), isinstance([], (tuple, dict)), isinstance(None, type(None)))
print(issubclass(A, A), issubclass(A, B), issubclass(bool, object), issubclass(type, object))
for args in [(1, 1), (b, "A"), (b, (A, 1))]:
    try:
        print(isinstance(*args))
    except TypeError:
        print("TypeError isinstance")
try:
    issubclass(b, A)
except TypeError:
    print("TypeError issubclass")
print(isinstance(A, type), isinstance(int, type), type(b) is B, type(type) is type)
