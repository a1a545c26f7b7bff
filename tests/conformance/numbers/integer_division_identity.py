# a == (a // b) * b + a % b for many sign and size combinations.
values = [0, 1, -1, 7, -7, 13, -13, 2**40 + 3, -(2**40 + 3), 2**70 + 11, -(2**70 + 11)]
bad = 0
count = 0
for a in values:
    for b in values:
        if b == 0:
            continue
        q, r = a // b, a % b
        count += 1
        if q * b + r != a or (r != 0 and (r < 0) != (b < 0)):
            bad += 1
            print('bad', a, b, q, r)
        if divmod(a, b) != (q, r):
            bad += 1
print(count, 'checked,', bad, 'bad')
print(-(2**70 + 11) // 7, -(2**70 + 11) % 7)
