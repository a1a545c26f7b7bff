# sorted() with key and reverse (keys chosen without ties: MicroPython's sort is not stable).
data = [5, 2, 9, 1, 7]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted('banana'), sorted('cab', reverse=True))
words = ['pear', 'fig', 'banana', 'kiwis']
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w[-1]))
print(sorted(words, key=len, reverse=True))
print(sorted([(2, 'b'), (1, 'z'), (2, 'a')]))
print(sorted({3: 'c', 1: 'a', 2: 'b'}))
print(sorted(x % 10 for x in [13, 21, 38]))
print(sorted([-5, 3, -1, 4], key=abs))
print(sorted([]), sorted(()), sorted(''))
try:
    sorted([1, 'a'])
except TypeError:
    print('TypeError mixed types')
