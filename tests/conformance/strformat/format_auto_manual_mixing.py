# Automatic and manual field numbering, reuse, keyword fields, and their errors
print("{0}{1}{0}".format("a", "b"), "{1}{0}".format("x", "y"), "{}{}{}".format(1, 2, 3), "{0}{0}{0}".format("r"))
print("{a}{b}{a}".format(a="A", b="B"), "{0}{a}".format(1, a=2), "{}{a}{}".format(1, 2, a="k"))
print("{0[1]}{0[0]}".format("xy"), "{m[k]}".format(m={"k": "v"}), "{0[0][1]}".format([[1, 2]]))
class Box:
    size = 5
    label = "crate"
print("{0.size}-{0.label}".format(Box()), "{b.label:>8}".format(b=Box()))
for fmt, args, kwargs in [("{}{0}", (1, 2), {}), ("{0}{}", (1, 2), {}), ("{2}", (1,), {}), ("{}{}", (1,), {}), ("{x}", (), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {})]:
    try:
        print(fmt.format(*args, **kwargs))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(fmt, type(e).__name__)
print("".format(), "x{}y".format("-"), "{{}}{}".format(0), "{{{}}}".format(1))
