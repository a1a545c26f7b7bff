# Arithmetic special methods: binary, reflected, in-place (and the fallback to the binary method), unary, conversions.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, int):
            return V(self.x + o, self.y + o)
        return NotImplemented

    def __radd__(self, o):
        return V(self.x + o * 100, self.y + o * 100)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(self.x * k * 10, self.y * k * 10)

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)

    def __mod__(self, k):
        return V(self.x % k, self.y % k)

    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __pos__(self):
        return self

    def __abs__(self):
        return V(abs(self.x), abs(self.y))

    def __invert__(self):
        return V(~self.x, ~self.y)

    def __and__(self, o):
        return "and"

    def __or__(self, o):
        return "or"

    def __xor__(self, o):
        return "xor"

    def __lshift__(self, o):
        return "lshift"

    def __rshift__(self, o):
        return "rshift"


a = V(1, 2)
b = V(3, 4)
print(a + b, a + 1, 1 + a, a - b, a * 3, 3 * a)
print(b / 2, b // 2, b % 2, b ** 2)
print(-a, +a, abs(V(-1, 2)), ~a)
print(a & b, a | b, a ^ b, a << 1, a >> 1)
try:
    a + "s"
except TypeError:
    print("TypeError")


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, o):
        self.items.append(o)
        return self

    def __add__(self, o):
        return "plain add"


acc = Acc()
acc += 1
acc += 2
print(acc.items)


class OnlyAdd:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return OnlyAdd(self.v + o)


x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)


class R:
    def __rsub__(self, o):
        return "rsub %r" % o

    def __rtruediv__(self, o):
        return "rtruediv %r" % o


print(5 - R(), 2 / R())


class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return self.v

    def __float__(self):
        return float(self.v) + 0.5

    def __index__(self):
        return self.v


print(int(Num(7)), float(Num(2)))
