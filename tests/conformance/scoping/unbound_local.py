# Assigning anywhere in a function makes the name local everywhere in it.
x = 'global'
def f():
    try:
        print(x)
    except NameError:
        print('NameError: local x read before assignment')
    x = 'local'
    return x
print(f())
def g(flag):
    if flag:
        y = 1
    try:
        return y
    except NameError:
        return 'unbound'
print(g(True), g(False))
def h():
    for i in range(0):
        pass
    try:
        return i
    except NameError:
        return 'loop never ran'
print(h())
