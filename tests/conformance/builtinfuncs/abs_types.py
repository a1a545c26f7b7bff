# abs() of every numeric kind and of objects with __abs__
print(abs(0), abs(-0), abs(-7), abs(7), abs(-2**70), abs(-2.5), abs(-0.0), abs(True), abs(False), abs(-3 + 4j))
print(type(abs(-7)).__name__, type(abs(-2.5)).__name__, type(abs(True)).__name__, type(abs(3j)).__name__)
class A:
    def __abs__(self):
        return "abs called"
print(abs(A()))
for bad in ["x", [], None]:
    try:
        abs(bad)
    except TypeError:
        print(type(bad).__name__, "TypeError")
