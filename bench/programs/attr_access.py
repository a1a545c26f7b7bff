# Attribute access on instances: loads and stores of instance attributes, class attribute reads, attributes
# added after construction, and a property.
# quick: 2000
import sys


class Point:
    scale = 3

    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.z = 0

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Box:
    def __init__(self):
        self.lo = Point(0, 0)
        self.hi = Point(1, 1)


def main(n):
    p = Point(1, 2)
    q = Point(-3, 4)
    box = Box()
    p.w = 5
    total = 0
    for i in range(n):
        p.x = p.x + q.y
        q.y = q.x - p.y + (i & 3)
        p.z = p.x ^ q.y
        box.hi.x = box.hi.x + 1
        box.lo.y = box.lo.y - p.scale
        total += p.z + p.w + q.scale + box.hi.x + box.lo.y
        if i % 16 == 0:
            total += p.norm1
        p.x &= 0xFFFF
        q.y &= 0xFFFF
        total &= 0xFFFFFFF
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1200000
print("attr_access", n, main(n))
