# The '#' flag in str.format and %-formatting for hex, octal and binary
for v in (0, 1, 10, 255, -255, 4096):
    print(v, "{:#x} {:#X} {:#o} {:#b} {:#010x} {:#10b}".format(v, v, v, v, v, v),
          "%#x %#X %#o" % (v, v, v))
print("{:#>8x}|{:#<8o}".format(255, 8))
