# hex(), oct() and bin() on positive, negative and big ints.
for n in (0, 1, 7, 8, 255, 256, -1, -255):
    print(n, hex(n), oct(n), bin(n))
print(hex(2**64), oct(2**64), bin(2**64))
print(hex(-(2**70)))
print(hex(0xDEADBEEF))
print(int(hex(123456789), 16), int(bin(1000), 2), int(oct(511), 8))
for n in (15, 16, 4095, 2**32, -(2**32)):
    print(hex(n), oct(n), bin(n))
print(hex(1)[2:], bin(10)[2:], oct(64)[2:])
print(len(bin(2**100)) - 2, hex(-1), bin(-1), oct(-1))
