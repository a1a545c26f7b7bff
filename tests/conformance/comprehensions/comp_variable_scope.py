# The loop variable of a comprehension is local to it.
x = 'outer'
r = [x for x in range(3)]
print(r, x)
i = 99
s = sorted({i for i in range(2)})
print(s, i)
def f():
    y = 'local'
    lst = [y for y in 'ab']
    return lst, y
print(f())
print([x for x in [x]] if False else [x for x in x])
