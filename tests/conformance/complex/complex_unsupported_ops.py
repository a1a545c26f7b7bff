# operators complex does not support
for op in ["z // 2", "z % 2", "divmod(z, 2)", "int(z)", "float(z)", "round(z)", "z << 1", "z & 1", "~z"]:
    z = 1 + 2j
    try:
        eval(op)
        print(op, "accepted")
    except TypeError:
        print(op, "TypeError")
