# Every kind of division by zero raises ZeroDivisionError.
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(1, 0),
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0.0,
    lambda: 2**100 // 0,
    lambda: 2**100 % 0,
    lambda: 0.0 ** -1,
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, 'no error')
    except ZeroDivisionError:
        print(i, 'ZeroDivisionError')
print(isinstance(ZeroDivisionError(), ArithmeticError))
print(0 / 1, 0 // 5, 0 % 3)
