# which arithmetic operations raise which exceptions
cases = ["1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "1.0 // 0.0", "1.0 % 0.0", "divmod(1, 0)", "0 ** -1", "2 ** 70 // 0", "1 << -1", "int('z')", "int(float('inf'))", "int(float('nan'))", "float('x')", "chr(-1)", "pow(2, 3, 0)", "[1][5]", "{}[0]", "'a' + 1", "None + 1", "[] * 1.5"]
for c in cases:
    try:
        eval(c)
        print(c, "no error")
    except Exception as e:
        print(c, type(e).__name__, isinstance(e, ArithmeticError), isinstance(e, LookupError))
