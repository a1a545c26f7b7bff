# return, break and continue inside try/finally, in loops and nested
def ret():
    try:
        return "try"
    finally:
        print("finally after return")
def overrides():
    try:
        return 1
    finally:
        return 2
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
def whileloop():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("while finally", n, [n] * n)
    return n
print(ret(), overrides(), loop(), whileloop())
