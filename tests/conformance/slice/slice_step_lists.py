# stepped slices on lists (reads; MicroPython supports steps only for list reads)
l = list(range(10))
print(l[::2], l[1::3], l[::-1], l[8:2:-2], l[::-3], l[2:8:100], l[-1:-4:-1])
try:
    l[::0]
except ValueError:
    print("ValueError zero step")
print(l[::-2][::-1], l[100::-1], l[:100:3], l[-100::4])
print([x for x in l[::-4]], len(l[::7]), sum(l[1::2]))
print([][::-1], [1][::-1])
