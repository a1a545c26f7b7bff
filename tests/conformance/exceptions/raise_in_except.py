# Raising a different exception inside a handler.
class AppError(Exception):
    pass
def load(key):
    data = {'a': 1}
    try:
        return data[key]
    except KeyError:
        raise AppError('no such key: ' + key)
print(load('a'))
try:
    load('b')
except AppError as e:
    print('AppError', e.args)
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError('bad input') from None
try:
    convert('x')
except TypeError as e:
    print('TypeError', e.args)
