# Non-ASCII fill characters and non-ASCII values in widths
for fill in ("€", "ω", "*"):
    print(("{:" + fill + "^9}").format("ab"), ("{:" + fill + ">6}").format(12), ("{:" + fill + "<5}").format("é"))
print("[{:5}]".format("€uro"), "[{:>4}]".format("ωω"), "[%5s]" % "ñ", "[%-4s]" % "€")
print(f"[{'日本':>6}]", f"[{'ü':^5}]")
