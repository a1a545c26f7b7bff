# bytes() from ints, iterables, strings with encodings, and bad input
cases = [
    (),
    (0,),
    (3,),
    ([],),
    ([0, 1, 255],),
    ((65, 66, 67),),
    (range(5),),
    (b"abc",),
    (bytearray(b"xy"),),
    ("abc", "utf-8"),
    ("", "ascii"),
    ("h\u00e9", "utf-8"),
]
for c in cases:
    print(bytes(*c))
bad = [
    (-1,),
    ([256],),
    ([-1],),
    (["a"],),
    ("abc",),
    (1.5,),
    (None,),
]
for c in bad:
    try:
        print(bytes(*c))
    except Exception as e:
        print(type(e).__name__)
print(len(bytes(1000)), bytes(1000).count(0))
