# Malformed JSON raises ValueError (CPython's JSONDecodeError is a subclass); bad argument types raise TypeError.
import json

bad = ["", "   ", "[", "{", "[1, 2", '{"a": 1', "]", "}", "nul", "tru", "fals", "nulL", '"abc', '"abc\\',
       "@", "1 2", "[1] x", '{"a": 1} {}', "+1", "'single'", "undefined", "[1]]", "{}}"]
for text in bad:
    try:
        json.loads(text)
        print(repr(text), "accepted")
    except ValueError:
        print(repr(text), "ValueError")
for arg in [5, None, 1.5, [1]]:
    try:
        json.loads(arg)
        print("accepted")
    except TypeError:
        print(type(arg).__name__, "TypeError")
try:
    json.dumps(1, unknown_keyword=1)
except TypeError:
    print("dumps TypeError")
try:
    json.dumps()
except TypeError:
    print("dumps no args TypeError")
try:
    json.loads()
except TypeError:
    print("loads no args TypeError")
