# Every % conversion letter on a fixed set of values
ints = [0, 7, -7, 255, 10**15, -2**40]
for v in ints:
    print(v, "%d|%i|%o|%x|%X|%e|%f|%g|%s|%r" % (v, v, v, v, v, v, v, v, v, v))
floats = [0.0, 1.5, -2.25, 1e-5, 123456789.0, 1e12]
for v in floats:
    print(v, "%d|%e|%E|%f|%g|%G|%s|%r|%.3g|%.0e" % (v, v, v, v, v, v, v, v, v, v))
print("%c|%c|%s|%r|%s|%r" % (65, "z", "str", "str", None, [1, "a"]))
print("%s|%r|%d" % (True, False, True), "%x" % False, "%.2f" % True)
