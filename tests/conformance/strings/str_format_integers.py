# Integer presentation types in format specs.
n = 255
print('{:d} {:x} {:X} {:o} {:b}'.format(n, n, n, n, n))
print('{:#x} {:#o} {:#b}'.format(n, n, n))
print('{:+d} {:+d} {: d} {: d}'.format(5, -5, 5, -5))
print('{:05d} {:05d} {:5d}'.format(42, -42, 42))
print('{:,}'.format(1234567), '{:,}'.format(-1000))
print('{:08b}'.format(5), '{:#010x}'.format(255))
print('{:x}'.format(2**70), '{:d}'.format(-(2**70)))
print('{:c}'.format(65))
print('{:>6x}|{:<6o}|'.format(255, 8))
