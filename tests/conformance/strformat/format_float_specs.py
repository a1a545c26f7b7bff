# str.format float presentation: f, e, g, %, precision, sign and width
specs = [".0f", ".1f", ".3f", "8.2f", "<8.2f", "^8.2f", "+.2f", " .1f", "08.2f",
         ".2e", ".0e", "E", ".3g", "g", ".1%", "%", "*>9.1f"]
for v in (0.0, 1.0, -1.5, 3.14159, 1234.5678, 0.000123, 1e20, -250.0):
    print(v, [("{:" + s + "}").format(v) for s in specs])
for v in (float("inf"), float("-inf")):
    print([("{:" + s + "}").format(v) for s in (".2f", "e", "8g", "+f")])
