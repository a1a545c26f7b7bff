# Module and local names shadow builtins; deleting the global restores the builtin.
print(len('abc'))
len = lambda x: 'shadowed'
print(len('abc'))
del len
print(len('abc'))
def f():
    max = 'local max'
    return max
print(f(), max(1, 2))
def g(list):
    return list
print(g(5), list('ab'))
