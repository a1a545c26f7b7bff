# del removes a binding; later reads raise NameError.
a = 1
del a
try:
    print(a)
except NameError:
    print('NameError after del')
def f():
    b = 2
    del b
    try:
        return b
    except NameError:
        return 'NameError local'
print(f())
c, d = 1, 2
del c, d
print('c' in globals(), 'd' in globals())
lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
e = 5
del e
e = 6
print(e)
