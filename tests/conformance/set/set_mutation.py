# add/remove/discard/pop/clear/update on sets
s = {1, 2}
s.add(3)
s.add(1)
print(sorted(s))
s.discard(2)
s.discard(99)
print(sorted(s))
s.remove(1)
print(sorted(s))
try:
    s.remove(99)
except KeyError:
    print("KeyError remove")
x = s.pop()
print(x, len(s))
try:
    s.pop()
except KeyError:
    print("KeyError pop")
s.update([5, 6], (7,), "ab")
print(sorted(s, key=str))
try:
    s.add([1])
except TypeError:
    print("TypeError add")
s.clear()
print(len(s), s == set())
fs = frozenset([1])
for name in ("add", "remove", "discard", "pop", "clear", "update"):
    print(name, hasattr(fs, name))
