# formatting big ints with format specs
n = 2**96 - 1
print("{:x}".format(n), "{:#X}".format(n), "{:o}".format(-n), "{:b}".format(2**70))
print("{:,}".format(10**20), "{:>40}".format(-(10**25)), "{:+d}".format(10**19))
print("%d %x %o" % (10**20, 2**80, 2**70), "%30d|" % (2**70), "%-30d|" % (-(2**70)))
