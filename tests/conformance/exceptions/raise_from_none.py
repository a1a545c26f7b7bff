# raise ... from None replaces the exception (chaining is not printed).
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError('missing ' + k) from None
try:
    lookup({}, 'x')
except LookupError as e:
    print(type(e).__name__, e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('replaced') from None
except ValueError as e:
    print(type(e).__name__, e.args)
print(issubclass(KeyError, LookupError))
