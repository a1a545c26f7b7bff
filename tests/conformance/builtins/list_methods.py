# Commonly used list methods.
l = [3, 1, 2]
l.append(4); print(l)
l.extend([5, 6]); print(l)
l.extend('ab'); print(l)
l.insert(0, 'start'); l.insert(100, 'end'); l.insert(-1, 'before end'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove('a'); print(l)
print(l.index(2), l.index(5, 3), l.count(1), [1, 1, 2].count(1))
l2 = l.copy(); l2.append('copy only'); print(len(l), len(l2))
l.reverse(); print(l)
l.clear(); print(l)
try:
    [].pop()
except IndexError:
    print('IndexError pop empty')
try:
    [1].remove(2)
except ValueError:
    print('ValueError remove missing')
try:
    [1].index(2)
except ValueError:
    print('ValueError index missing')
