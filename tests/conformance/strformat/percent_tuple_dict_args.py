# %-formatting argument forms: single values, tuples, dicts and mismatches
print("%s" % "one", "%s" % (1,), "%s %s" % (1, 2), "%s" % [1, 2])
print("%(a)s %(b)s %(a)s" % {"a": 1, "b": 2}, "%(k)r" % {"k": "v"})
print("no args" % (), "%s" % {"k": 1} if False else "skip")
for fmt, args in (("%s %s", (1,)), ("%s", (1, 2)), ("%(a)s", {"b": 1}), ("%s %(a)s", {"a": 1}), ("%", ())):
    try:
        print(fmt % args)
    except (TypeError, KeyError, ValueError) as e:
        print(repr(fmt), type(e).__name__)
