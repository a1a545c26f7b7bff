# hex/oct/bin and the x, o, b, X format codes with # and widths
for n in [1, -1, 255, -255, 4096, 2**40, -(2**40)]:
    print(hex(n), oct(n), bin(n), "%x %X %o %#x %#o" % (n, n, n, n, n), "{:x} {:#X} {:o} {:#o} {:b} {:#b}".format(n, n, n, n, n, n))
print("{:08x}|{:>8o}|{:<8b}|{:^10X}|{:#010x}|{:+x}".format(255, 8, 5, 255, 255, 255))
