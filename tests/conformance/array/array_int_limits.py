# The extreme values of each integer type code are stored exactly.
import array

limits = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
          'i': (-2 ** 31, 2 ** 31 - 1), 'I': (0, 2 ** 32 - 1),
          'q': (-2 ** 63, 2 ** 63 - 1), 'Q': (0, 2 ** 64 - 1)}
for code in 'bBhHiIqQ':
    lo, hi = limits[code]
    a = array.array(code, [lo, hi, 0])
    print(code, a, a[0] == lo, a[1] == hi)
