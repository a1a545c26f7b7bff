# Objects with only __getitem__ are iterable until IndexError.
class Letters:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return 'abcd'[i]
print(list(Letters()))
for ch in Letters():
    print(ch, end=' ')
print()
print('c' in Letters(), 'z' in Letters())
print(sorted(Letters(), reverse=True))
