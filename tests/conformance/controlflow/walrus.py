# Assignment expressions (:=).
data = [1, 2, 3, 4, 5]
if (n := len(data)) > 3:
    print('long list', n)
print(n)
it = iter(data)
while (v := next(it, None)) is not None:
    print('got', v)
print((y := 10) + y)
def f(x):
    return (z := x * 2) + z
print(f(3))
vals = [w for x in range(5) if (w := x * x) > 4]
print(vals)
print(y)
