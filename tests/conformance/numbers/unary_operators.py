# Unary minus, plus and invert.
x = 5
print(-x, +x, ~x, -(-x), ~~x)
print(-0, +0, ~0)
print(-2.5, +2.5, -(-2.5))
big = 2**80
print(-big, +big, ~big, ~-big)
print(-True, ~True)
print(not x, not 0, not not x)
print(- - - 1, + - + 1)
print(-2**2, (-2)**2, -2**-1)
