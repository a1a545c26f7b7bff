# upper/lower/swap-free case checks on ASCII text with digits and symbols
for s in ("hello", "HELLO", "Hello World", "a1b2-C3", "", "123", "MiXeD_cAsE!", " spaced "):
    print(repr(s), s.upper(), s.lower(), s.upper().lower() == s.lower(), s.isupper(), s.islower())
print("abc".upper().isupper(), "ABC".lower().islower(), "1A".isupper(), "1a".islower())
