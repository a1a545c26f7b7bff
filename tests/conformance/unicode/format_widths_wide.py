# Field widths, alignment and precision count code points for str.format, f-strings and %
if len("{:3}".format("\xe9")) != 3 or len("\u20ac".center(3)) != 3:
    print("SKIP")
    raise SystemExit
for v in ["\xe9", "\u20ac\u20ac", "\U0001f600", "a\U0001f600\u65e5"]:
    print("[{:6}] [{:>6}] [{:^6}] [{:*<6}]".format(v, v, v, v))
    print("[%6s] [%-6s] [%.2s]" % (v, v, v), "[{:.2}]".format(v), f"[{v:\u20ac^7}]")
print("{:\U0001f600>4}|{:\xe9<3}|{:\u65e5^5}".format(1, "x", "yz"))
print("%c|%3c|%-3c|" % (0x1f600, 0xe9, "\u20ac"))
print("a\u20acb".center(7), "|" + "\u65e5".center(4) + "|", "x\U0001f600".center(6, "*"), "\xe9".center(2))
print("x".center(5, "\U0001f600"), "x".ljust(3, "\u20ac") if hasattr(str, "ljust") else "x\u20ac\u20ac", "y".rjust(3, "\U0001f600") if hasattr(str, "rjust") else "\U0001f600\U0001f600y")
