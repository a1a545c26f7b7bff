# % conversions with every combination of the - + space # 0 flags, widths and precisions
for flags in ("", "-", "+", " ", "0", "-+", "+0", " 0", "-0", "#", "#0", "-#"):
    f = "%" + flags + "8"
    print(repr(flags), repr((f + "d") % 42), repr((f + "d") % -42), repr((f + "x") % 255), repr((f + "o") % 8), repr((f + ".2f") % 3.14159), repr((f + ".1e") % -1500.0))
for prec in (0, 1, 3, 6):
    print(prec, "%.*d|%.*f|%.*s|%.*e" % (prec, 7, prec, 2.71828, prec, "abcdef", prec, 12345.678))
print("%5s|%-5s|%5.1s|%-5.3s|" % ("abc", "abc", "abc", "abc"))
print("%3c|%-3c|%c" % ("x", "y", 90))
