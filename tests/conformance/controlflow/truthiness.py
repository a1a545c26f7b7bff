# Truth values of built-in objects.
values = [0, 1, -1, 0.0, 0.5, '', 'a', [], [0], (), (None,), {}, {'k': 0},
          set(), {0}, None, True, False, range(0), range(1), b'', b'\x00', 2**100]
for v in values:
    print(repr(v), bool(v), 'yes' if v else 'no')
class AlwaysFalse:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
class Plain:
    pass
for obj in (AlwaysFalse(), Empty(), Plain()):
    print(type(obj).__name__, bool(obj), 'truthy' if obj else 'falsy')
count = 0
for v in values:
    if v:
        count += 1
print('truthy count', count)
print(not values, not [], bool(values and values[0]))
