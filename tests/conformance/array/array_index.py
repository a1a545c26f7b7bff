# Reading elements by positive and negative index; out-of-range and wrongly typed indices.
import array

a = array.array('h', [10, -20, 30, -40])
print(a[0], a[1], a[3], a[-1], a[-4], a[True])
for i in (4, -5, 100, -100):
    try:
        a[i]
    except IndexError:
        print(i, 'IndexError')

for i in ('1', 1.0, None, [0]):
    try:
        a[i]
    except TypeError:
        print(type(i).__name__, 'TypeError')

try:
    array.array('i')[0]
except IndexError:
    print('empty IndexError')
