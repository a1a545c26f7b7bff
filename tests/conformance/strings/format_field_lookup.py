# str.format field names with attribute and index parts (CPython semantics; MicroPython's
# NotImplementedError here is a code-size limitation we do not copy).


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.pos = [x, y]


p = Point(3, 4)
print("{0.x},{0.y}".format(p))
print("{p.pos[1]}".format(p=p))
print("{0[1]}{0[0]}".format("ab"))
print("{0[key]}".format({"key": "value"}))
print("{0[2]:>5}|".format([1, 2, 3]))
print("{.__name__}".format(Point))
print("{0.imag:.1f}".format(1 + 2j))
print("{d[a][0]}".format(d={"a": [9]}))
print(f"{p.pos[0]}")
for bad in ("{0.z}", "{0[9]}", "{0.}", "{0[}"):
    try:
        print(bad.format(p if "z" in bad or "." in bad else [1]))
    except Exception as e:
        print(type(e).__name__)
