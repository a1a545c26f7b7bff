# Iterating strings gives one-character strings; len counts code points.
s = 'abc'
for ch in s:
    print(ch, ord(ch))
print(list('hello'), tuple('hi'))
u = 'añb€'
print(len(u), [ord(c) for c in u])
print(len(''), list(''))
print(sorted('dcba'))
print([c * 2 for c in 'xyz'])
it = iter('ab')
print(next(it), next(it), next(it, 'done'))
