# A return in finally replaces the try block's return value.
def f():
    try:
        return 'try'
    finally:
        return 'finally'
print(f())
def g():
    x = 'initial'
    try:
        return x
    finally:
        x = 'changed in finally'
print(g())
def h():
    items = []
    try:
        return items
    finally:
        items.append('mutated in finally')
print(h())
def nested():
    try:
        try:
            return 1
        finally:
            return 2
    finally:
        print('outer finally runs')
print(nested())
