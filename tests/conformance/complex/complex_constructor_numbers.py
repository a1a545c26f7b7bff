# complex() from numbers, two arguments, and complex arguments
print(complex(), complex(1), complex(2.5), complex(True), complex(1, 2), complex(1.5, -0.5), complex(0, 1))
print(complex(1j), complex(1j, 1), complex(1, 1j), complex(1j, 1j), complex(2**40, 3))
for args in [("1", 2), (1, "2"), (None,), ([],)]:
    try:
        complex(*args)
    except TypeError:
        print(args, "TypeError")
