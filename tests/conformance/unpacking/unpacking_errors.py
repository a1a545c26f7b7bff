# Wrong numbers of values raise ValueError; non-iterables raise TypeError.
def attempt(fn):
    try:
        print(fn())
    except ValueError:
        print('ValueError')
    except TypeError:
        print('TypeError')
def too_many():
    a, b = 1, 2, 3
    return a, b
def too_few():
    a, b, c = 1, 2
    return a, b, c
def star_too_few():
    a, b, *c = [1]
    return a, b, c
def not_iterable():
    a, b = 5
    return a, b
def exact():
    a, *b = [1]
    return a, b
for fn in (too_many, too_few, star_too_few, not_iterable, exact):
    attempt(fn)
