# Bad type codes and bad initialisers.
import array

for code in ('z', 'ii', '', 'x', 's', '?'):
    try:
        array.array(code)
        print(repr(code), 'accepted')
    except (ValueError, TypeError):
        print(repr(code), 'error')

for code in (1, None, b'i'):
    try:
        array.array(code)
    except TypeError:
        print(type(code).__name__, 'TypeError')

for init in (5, None, 1.5):
    try:
        array.array('i', init)
    except TypeError:
        print(type(init).__name__, 'TypeError')

try:
    array.array('i', 'abc')
except TypeError:
    print('str TypeError')

for values in ([1.5], ['a'], [None], [1, 2, []]):
    try:
        array.array('i', values)
    except TypeError:
        print(values, 'TypeError')

try:
    array.array('d', ['x'])
except TypeError:
    print('d TypeError')

try:
    array.array()
except TypeError:
    print('no args TypeError')
