# Replacement fields nested inside format specs: automatic, numbered and keyword, several per spec
print("[{:{}}]".format("ab", 6), "[{:>{}}]".format("ab", 6), "[{0:{1}}]".format(3.5, 8))
print("[{:{}{}}]".format(123, ">", 8), "[{:{}}{:{}}]".format(1, "<4", 2, ">4"))
print("[{0:{1}.{2}f}]".format(3.14159, 10, 3), "[{x:{w}.{p}f}]".format(x=2.71828, w=9, p=2))
print("[{:{fill}{align}{width}}]".format("mid", fill="*", align="^", width=9))
print("[{0:{1}{2}{3}}]".format(42, "0", "=", 7), "[{:{}>{}}]".format("r", "-", 5))
print("[{:{}}]".format(255, "#x"), "[{:{}}]".format(0.5, ".1%"), "[{:{}}]".format(1234567, ","))
rows = [("apple", 1.5), ("kiwi", 12.25), ("fig", 100.0)]
w = max(len(r[0]) for r in rows)
for name, price in rows:
    print("{0:<{w}}|{1:>{pw}.{pp}f}|".format(name, price, w=w, pw=8, pp=2))
for bad in ["{:{}}", "{0:{1}}", "{:{x}}"]:
    try:
        bad.format(1)
    except (IndexError, KeyError) as e:
        print(bad, type(e).__name__)
