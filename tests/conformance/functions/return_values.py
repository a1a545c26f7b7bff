# Returning tuples, multiple values and None.
def divmod_like(a, b):
    return a // b, a % b
q, r = divmod_like(17, 5)
print(q, r, divmod_like(17, 5))
def nothing():
    return
def implicit():
    pass
print(nothing(), implicit())
def one_tuple():
    return 1,
print(one_tuple(), type(one_tuple()).__name__)
def many():
    return 1, 'a', [2], (3,)
a, b, c, d = many()
print(a, b, c, d)
def early(x):
    if x:
        return 'early'
    return 'late'
print(early(1), early(0))
