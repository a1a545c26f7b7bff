# &, |, ^ and ~ over a table of positive and negative small ints
vals = [0, 1, -1, 6, -6, 0x55, -0x56, 1023]
for a in vals:
    row = []
    for b in vals:
        row.append((a & b, a | b, a ^ b))
    print(a, ~a, row)
print(~0, ~~5, ~-1)
for a, b in ((12, 10), (-12, 10), (12, -10)):
    print(a & b == ~(~a | ~b), a ^ b == (a | b) & ~(a & b))
