# __str__/__repr__ as used by print, str(), repr(), containers, % formatting, str.format and f-strings.
class Both:
    def __str__(self):
        return "str-form"

    def __repr__(self):
        return "repr-form"


b = Both()
print(b, str(b), repr(b), [b], "%s %r" % (b, b), "{} {!r}".format(b, b), f"{b} {b!r}")


class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"


r = ReprOnly()
print(r, str(r), repr(r), [r], (r,), {1: r})


class StrOnly:
    def __str__(self):
        return "just str"


s = StrOnly()
print(s, str(s))
print(repr(s).startswith("<"))


class Inherit(ReprOnly):
    pass


print(Inherit())


class CallsSuper(ReprOnly):
    def __repr__(self):
        return "Sub:" + super().__repr__()


print(repr(CallsSuper()))
