# & | ^ ~ on negative values behave as infinite two's complement
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256, 2**32 - 1, -2**32]
for a in vals:
    print(a, [a & b for b in vals[:6]], [a | b for b in vals[:6]], [a ^ b for b in vals[:6]], ~a)
print(-1 & 0xff, -256 & 0xffff, ~0xff & 0xfff, (-7) ^ (-9), (-7) | 8)
