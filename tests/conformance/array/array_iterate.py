# Iteration and the builtins that consume iterables.
import array

a = array.array('h', [3, -1, 2])
for x in a:
    print(x, end=' ')
print()
print(list(a), tuple(a), sum(a), min(a), max(a), sorted(a), list(reversed(a)))
print(list(enumerate(a)), list(zip(a, 'abc')))
it = iter(a)
print(next(it), next(it), next(it), next(it, 'done'))
print([x * 2 for x in array.array('d', [0.25, 1.5])])
print(list(map(abs, a)), any(a), all(array.array('i', [1, 0])))
