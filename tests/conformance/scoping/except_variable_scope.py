# The name bound by "except ... as e" is removed after the handler.
e = 'preexisting'
try:
    raise ValueError('x')
except ValueError as e:
    print('in handler', type(e).__name__)
try:
    print(e)
except NameError:
    print('NameError: e was unbound')
def f():
    try:
        1 / 0
    except ZeroDivisionError as err:
        saved = err
    return type(saved).__name__
print(f())
