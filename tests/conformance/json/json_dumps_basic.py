# json.dumps of the JSON-aware types with the default separators.
import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-17), json.dumps(2 ** 31), json.dumps(-(2 ** 63)))
print(json.dumps(123456789012345678901234567890))
print(json.dumps(1.5), json.dumps(-0.25), json.dumps(1e100), json.dumps(100.0))
print(json.dumps(""), json.dumps("abc"), json.dumps("with space"))
print(json.dumps([]), json.dumps(()), json.dumps({}))
print(json.dumps([1, 2, 3]))
print(json.dumps((1, "two", None)))
print(json.dumps([[], [[]], [1, [2, [3]]]]))
print(json.dumps({"key": "value"}))
print(json.dumps({"k": [1, {"n": None}]}))
print(json.dumps([True, False, None, 0, 1.0]))
print(type(json.dumps(1)).__name__)
