# Full Unicode case mapping: non-ASCII letters, multi-character results, titlecase digraphs, final sigma, casefold
if "\xe9".upper() != "\xc9":
    print("SKIP")
    raise SystemExit
for s in ["stra\xdfe", "\ufb01nal", "\u01c6emal", "\u0130stanbul", "\u0149", "\u0390", "\u03a3\u0391\u03a3", "\u039f\u0394\u039f\u03a3 \u039f\u0394\u039f\u03a3", "\u0391\u03a3.", "\u03a3", "caf\xe9 cr\xe8me", "\u0434\u043e\u043c", "\U00010400\U00010428"]:
    print(s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("\xdf".upper(), len("\xdf".upper()), "MASSE".casefold() == "ma\xdfe".casefold(), "\u01c5".swapcase(), "\u01c4".lower(), "\u01c6".title())
print("\xc9t\xc9".isupper(), "\xe9t\xe9".islower(), "\u01c5a".istitle(), "\u0391\u03b2".istitle(), "\u03a3".lower() == "\u03c3")
