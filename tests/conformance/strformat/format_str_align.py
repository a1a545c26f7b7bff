# str.format alignment, fill, width and precision for strings
vals = ["", "a", "abc", "hello world", "héllo"]
specs = ["", "5", "<5", ">5", "^5", "^6", "*<7", "-^7", ".2", "8.3", ">8.1", "0<4", "#>3"]
for v in vals:
    print(["[" + ("{:" + s + "}").format(v) + "]" for s in specs])
print("{0:>{1}}|{0:<{1}}|{0:^{1}}".format("x", 5))
print("{:{}{}{}}".format("ab", "*", "^", 6), "{:.{}}".format("abcdef", 3))
