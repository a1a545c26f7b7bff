# reversed() over sequences.
print(list(reversed([1, 2, 3])))
print(list(reversed((1, 2))))
print(''.join(reversed('hello')))
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))))
print(list(reversed([])))
r = reversed('ab')
print(next(r), next(r), next(r, 'end'))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
lst = [1, 2, 3]
lst.reverse()
print(lst)
