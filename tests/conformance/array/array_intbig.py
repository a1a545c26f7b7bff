# Big ints in the 64-bit type codes, and arithmetic on what comes back.
import array

q = array.array('q', [2 ** 62, -(2 ** 62), 2 ** 63 - 1])
print(q, q[0] * 4, q[2] + 1)
u = array.array('Q', [2 ** 64 - 1, 2 ** 63])
print(u, u[0] + 1, u[1] // 2)
u[1] = 12345678901234567890
print(u[1], type(u[1]).__name__)
print(array.array('I', [2 ** 32 - 1])[0] + 1)
