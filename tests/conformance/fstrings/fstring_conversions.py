# !r and !s conversions.
s = 'text'
print(f'{s!r} {s!s} {s}')
print(f'{42!r}')
print(f"{'quoted'!r}")
class V:
    def __repr__(self):
        return 'V(repr)'
    def __str__(self):
        return 'V(str)'
v = V()
print(f'{v} {v!r} {v!s}')
print(f'{[v]}')
print(f'{s!r:>10}|')
