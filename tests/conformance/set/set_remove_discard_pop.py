# remove raises KeyError for a missing member, discard does not; pop empties a set one member at a time
s = {1, 2, 3}
s.remove(1)
s.discard(2)
s.discard(99)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e.args)
popped = []
t = set(range(5))
while t:
    popped.append(t.pop())
print(sorted(popped), t)
try:
    t.pop()
except KeyError:
    print("KeyError pop")
try:
    s.remove([1])
except TypeError:
    print("TypeError unhashable")
s.add((1, 2))
s.discard((1, 2))
print(s, len(s))
