# __repr__ and __str__ are used by repr(), str(), print() and formatting.
class Both:
    def __repr__(self):
        return 'Both(repr)'
    def __str__(self):
        return 'Both(str)'
b = Both()
print(b)
print(str(b), repr(b))
print('%s %r' % (b, b))
print('{} {!r}'.format(b, b))
print([b], (b,), {'k': b})
class OnlyStr:
    def __str__(self):
        return 'only str'
print(OnlyStr(), str(OnlyStr()))
