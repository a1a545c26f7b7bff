# Thousands grouping: ',' and '_' with ints, big ints and floats, widths and zero padding
try:
    "{:_}".format(1000)
except ValueError:
    print("SKIP")
    raise SystemExit
for v in (0, 7, 999, 1000, -1234567, 10**20, -10**15):
    print("{:,}|{:_}|{:>15,}|{:015,}|{:+,d}".format(v, v, v, v, v))
for v in (1234.5, -1234567.891, 0.5, 1e9):
    print("{:,.2f}|{:_.1f}|{:14,.3f}|{:,.0f}".format(v, v, v, v))
print("{:_x}|{:_b}|{:_o}|{:#_x}|{:_X}".format(0xdeadbeef, 255, 4095, 2**32, 2**40 - 1))
print("{:,}".format(123456789012345678901234567890), "{:_}".format(-2**70))
for bad in ("{:,_}", "{:_,}", "{:,s}"):
    try:
        print(bad.format(1))
    except ValueError:
        print(bad, "ValueError")
