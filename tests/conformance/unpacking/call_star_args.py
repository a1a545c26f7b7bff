# * and ** in calls, several times in one call.
def show(*args, **kwargs):
    return list(args), sorted(kwargs.items())
a = [1, 2]
t = (3,)
print(show(*a))
print(show(*a, *t, 4))
print(show(0, *'xy', *range(2)))
print(show(**{'k': 1}, **{'j': 2}))
print(show(*a, **{'z': 26}, y=25))
print(show(*[], **{}))
def three(x, y, z):
    return x + y + z
print(three(*'ab', 'c'), three(*[1], *[2], *[3]))
print(three(**{'z': 3}, **{'x': 1, 'y': 2}))
