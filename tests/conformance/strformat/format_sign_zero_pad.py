# Sign options combined with zero padding and '=' alignment
specs = ["+05d", "-05d", " 05d", "=8d", "+=8d", "*=8d", "0=8d", "+08.2f", " 08.2f", "=+10.3f"]
for v in (0, 42, -42, 3.5, -3.5):
    out = []
    for s in specs:
        if s.endswith("d") and isinstance(v, float):
            continue
        out.append(("{:" + s + "}").format(v))
    print(v, out)
print("{:+}".format(0), "{:+}".format(-0.0), "{: }".format(5), "{:-}".format(-5))
