# str/int round trips of big values in bases 2, 8, 10, 16 and 36
n = 3**200 - 7**90
for b in [2, 8, 10, 16, 36]:
    s = {2: bin, 8: oct, 10: str, 16: hex}.get(b, None)
    if s is not None:
        text = s(n)
        print(b, len(text), int(text, 0 if b != 10 else 10) == n)
digits = "0123456789abcdefghijklmnopqrstuvwxyz"
m, out = n, ""
while m:
    m, d = divmod(m, 36)
    out = digits[d] + out
print(len(out), int(out, 36) == n, int("-" + out, 36) == -n)
