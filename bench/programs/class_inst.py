# Class instantiation: creating many short-lived instances with __init__, subclasses calling super().__init__,
# classes without __init__, keyword construction, and objects kept alive in a list.
# quick: 300
import sys


class Plain:
    pass


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def plus(self, other):
        return Vec(self.x + other.x, self.y + other.y)


class Item:
    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty


class Discounted(Item):
    def __init__(self, name, price, qty, pct):
        super().__init__(name, price, qty)
        self.pct = pct

    def total(self):
        return self.price * self.qty * (100 - self.pct) // 100


def main(n):
    acc = Vec(0, 0)
    step = Vec(1, 2)
    kept = []
    total = 0
    for i in range(n):
        acc = acc.plus(step)
        p = Plain()
        p.v = i
        it = Item("a", i & 63, qty=2)
        d = Discounted("b", 100 + (i & 7), 3, i % 50)
        total += p.v + it.price * it.qty + d.total()
        if i % 100 == 0:
            kept.append(Vec(i, -i))
        total &= 0xFFFFFFF
    return total, acc.x, acc.y, len(kept), sum(v.x - v.y for v in kept)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 360000
print("class_inst", n, *main(n))
