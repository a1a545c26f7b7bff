# dividing by complex zero, zero real or zero imaginary parts
for a, b in [(1j, 1j), (1 + 1j, 2), (4j, 2j), (1, 1j), (0j, 1 + 1j)]:
    print(a / b)
for a, b in [(1j, 0), (1j, 0j), (1, 0j), (0j, 0j), (1.5, complex(0, 0))]:
    try:
        a / b
    except ZeroDivisionError:
        print("ZeroDivisionError")
