# str.format integer presentation types with signs, widths and fill
specs = ["d", "5d", "<5d", "^5d", ">5d", "+d", " d", "05d", "x", "X", "#x", "o", "#o",
         "b", "#b", "08b", "*^9d", "-d", "=+6d", ",d", "_d"]
for v in (0, 7, -7, 255, 1234567):
    print(v, ["{:%s}".format(s).format(v) if False else ("{:" + s + "}").format(v) for s in specs])
print("{:c}".format(65), "{:c}".format(0x20ac), "{:n}".format(42))
