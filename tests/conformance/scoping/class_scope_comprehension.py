# Comprehensions in a class body see class names only in their first iterable.
class C:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
    factor = 10
    try:
        scaled = [v * factor for v in items]
    except NameError:
        scaled = 'NameError'
print(C.doubled, C.scaled)
factor = 100
class D:
    factor = 10
    scaled = [v * factor for v in [1, 2]]
print(D.scaled)
