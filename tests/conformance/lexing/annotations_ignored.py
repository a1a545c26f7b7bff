# Variable and function annotations are parsed but do not change behaviour.
x: int = 5
print(x)
y: str = 'hello'
print(y)
def add(a: int, b: int = 2) -> int:
    return a + b
print(add(1), add(1, 5))
def greet(name: 'str') -> None:
    print('hi', name)
greet('bob')
count: int
count = 3
print(count)
class P:
    label: str = 'point'
print(P.label)
