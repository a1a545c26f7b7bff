# Functions defined inside functions are created on each call.
def outer(n):
    def helper(x):
        return x + n
    return [helper(i) for i in range(3)]
print(outer(10), outer(100))
def make_pair():
    def a():
        return 'a'
    def b():
        return a() + 'b'
    return a, b
fa, fb = make_pair()
print(fa(), fb())
f1 = make_pair()[0]
f2 = make_pair()[0]
print(f1 is f2, f1() == f2())
