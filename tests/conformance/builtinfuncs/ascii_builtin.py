# ascii(): repr with every non-ASCII character escaped (a CPython builtin MicroPython leaves out)
try:
    ascii
except NameError:
    print("SKIP")
    raise SystemExit
for v in ["plain", "caf\u00e9", "\u263a smile", "\U0001f600", "tab\there", "quote'", 'dq"', "\x7f\x80\xff", "\u0100"]:
    print(ascii(v), len(ascii(v)))
print(ascii([1, "\u00fc", ("\u20ac",)]), ascii({"k\u00e9": 1.5}), ascii(b"\xff\x00"), ascii(None), ascii(2**70))
class U:
    def __repr__(self):
        return "U(\u00e9)"
print(ascii(U()), "%a" % "\u00e9" if "%a" % "x" == "'x'" else "")
