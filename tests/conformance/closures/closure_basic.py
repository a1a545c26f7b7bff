# An inner function remembers variables of the enclosing call.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), add5(add10(0)))
def greeting(prefix):
    return lambda name: prefix + ', ' + name
print(greeting('Hello')('Ann'), greeting('Bye')('Bob'))
