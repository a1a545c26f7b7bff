# A tuple of exception types in an except clause.
errors = (ValueError, TypeError)
def parse(x):
    try:
        return int(x)
    except errors as e:
        return 'bad: ' + type(e).__name__
print(parse('5'), parse('x'), parse(None))
def classify(fn):
    try:
        fn()
    except (KeyError, IndexError):
        return 'lookup'
    except (ZeroDivisionError,):
        return 'math'
    except ():
        return 'never'
    except Exception:
        return 'other'
    return 'none'
print(classify(lambda: [][1]), classify(lambda: {}[1]), classify(lambda: 1 % 0))
print(classify(lambda: None.x), classify(lambda: 0))
