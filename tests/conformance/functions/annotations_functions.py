# Annotated parameters and return values behave like plain ones.
def f(a: int, b: 'str' = 'x', *args: int, c: float = 1.5, **kw: dict) -> tuple:
    return a, b, args, c, sorted(kw)
print(f(1))
print(f(1, 'y', 2, 3, c=2.5, d=4))
def g() -> None:
    return None
print(g())
def h(x: list = []) -> list:
    x.append(1)
    return x
print(h(), h())
