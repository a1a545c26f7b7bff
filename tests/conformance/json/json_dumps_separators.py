# The separators keyword and the text of keys that are not strings.
import json

print(json.dumps([1, 2, [3, 4]], separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": 1}, separators=(", ", ": ")))
print(json.dumps([1, {"b": 2}], separators=[";", "="]))
print(json.dumps((1, (2, 3)), separators=(" , ", " : ")))
print(json.dumps([1, 2], separators=None))
print(json.dumps({1: "one"}))
print(json.dumps({-5: 0}))
print(json.dumps({2.5: 0}))
print(json.dumps({None: 0}))
print(json.dumps({True: 0}))
print(json.dumps({False: [1, 2]}, separators=(",", ":")))
for bad in [{"a": 1}, 1, (",",), [",", ":", "x"]]:
    try:
        json.dumps([1], separators=bad)
    except (TypeError, ValueError) as e:
        print("error", bad)
