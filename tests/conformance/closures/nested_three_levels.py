# Closures across several levels of nesting.
def level1(a):
    def level2(b):
        def level3(c):
            return a + b + c
        return level3
    return level2
print(level1(100)(20)(3))
def outer():
    x = 'outer'
    def middle():
        def inner():
            nonlocal x
            x = 'changed by inner'
        inner()
        return x
    r = middle()
    return r, x
print(outer())
def skip():
    v = 1
    def mid():
        def deep():
            return v * 2
        return deep()
    return mid()
print(skip())
