# A class derived from array.array keeps the array behaviour.
import array

class Samples(array.array):
    def total(self):
        return sum(self)

s = Samples('i', [1, 2, 3])
s.append(4)
print(len(s), s[0], s[-1], s.total(), list(s), isinstance(s, array.array))
print(bytes(Samples('B', [65, 66])))
