# Format specs applied to big ints
vals = [2 ** 64, -(2 ** 64), 10 ** 30, 3 ** 50]
for v in vals:
    print("{:d}|{:x}|{:o}|{:>45}|{:+d}|{:,}".format(v, v, v, v, v, v))
    print("%d|%x|%X|%o" % (v, v, v, v))
    print(f"{v:_}|{v:#x}|{v:50d}|")
