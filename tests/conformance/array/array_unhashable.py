# Arrays are mutable and unhashable.
import array

try:
    hash(array.array('i'))
except TypeError:
    print('TypeError')
try:
    {array.array('i'): 1}
except TypeError:
    print('TypeError')
