# Malformed str.format strings and mismatched arguments raise errors
cases = [("{", ()), ("}", ()), ("{0", (1,)), ("{1}", (1,)), ("{}{}", (1,)),
         ("{x}", ()), ("{:d}", ("s",)), ("{:s}", (1,)), ("{0}{}", (1, 2)),
         ("{}{0}", (1, 2)), ("{:x}", (1.5,)), ("{:abc}", (1,)), ("{0[1]}", ([1],)),
         ("{0.nope}", (1,)), ("{!z}", (1,))]
for fmt, args in cases:
    try:
        print(repr(fmt), fmt.format(*args))
    except (ValueError, IndexError, KeyError, TypeError, AttributeError) as e:
        print(repr(fmt), type(e).__name__)
print("{{}}".format(), "{{{}}}".format(5), "{0}{0}".format("ab"), "{}".format(None))
