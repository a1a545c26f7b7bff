# Every integer operation that divides by zero raises ZeroDivisionError
ops = [
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("/", lambda a, b: a / b),
    ("divmod", lambda a, b: divmod(a, b)),
]
for name, f in ops:
    for a in (0, 1, -1, 12345):
        try:
            print(name, a, f(a, 0))
        except ZeroDivisionError as e:
            print(name, a, type(e).__name__)
for exp in (-1, -2):
    try:
        print(0 ** exp)
    except ZeroDivisionError as e:
        print("pow", exp, type(e).__name__)
x = 5
try:
    x //= 0
except ZeroDivisionError:
    print("augmented floordiv", x)
try:
    x %= 0
except ZeroDivisionError:
    print("augmented mod", x)
