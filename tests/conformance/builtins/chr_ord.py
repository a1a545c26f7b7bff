# chr() and ord() are inverses, including non-ASCII code points.
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('\n'))
print(chr(65), chr(97), chr(48), repr(chr(10)))
print(ord('é'), ord('€'), ord('😀'))
print(chr(233) == 'é', chr(8364) == '€', len(chr(128512)))
print(all(ord(chr(i)) == i for i in range(0, 0xd800, 97)))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
try:
    ord('ab')
except TypeError:
    print('TypeError ord of 2 chars')
try:
    chr(-1)
except ValueError:
    print('ValueError chr(-1)')
