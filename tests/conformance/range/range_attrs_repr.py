# start/stop/step attributes and repr of ranges
for r in (range(3), range(1, 5), range(1, 10, 2), range(5, -5, -3), range(0, 0)):
    print(repr(r), r.start, r.stop, r.step)
print(str(range(2, 4)), repr(range(-1, 1)))
try:
    range(3).start = 1
except AttributeError:
    print("AttributeError")
