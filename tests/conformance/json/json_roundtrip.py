# dumps then loads gives back an equal structure; tuples come back as lists.
import json

values = [
    None, True, False, 0, -1, 2 ** 40, 3 ** 50, 0.5, -1.25, 1e300, "", "text", 'q"uote\\', "\n\t\x01",
    [], [1, [2, [3]]], {}, {"a": {"b": {"c": [None]}}},
    {"id": 7, "name": "n", "flags": [True, False], "score": -3.5, "none": None, "nested": {"k": "v"}},
    [{"x": i, "y": [i] * i} for i in range(5)],
    {str(i): i * i for i in range(20)},
    "caf\u00e9 \u20ac",
]
for v in values:
    back = json.loads(json.dumps(v))
    print(back == v, type(back).__name__)
t = json.loads(json.dumps((1, (2, 3))))
print(t, type(t).__name__)
compact = json.dumps({"k": [1, 2, {"z": None}]}, separators=(",", ":"))
print(compact, json.loads(compact) == {"k": [1, 2, {"z": None}]})
print(json.loads(json.dumps({1: 2})))
big = {"list": list(range(100)), "map": {str(i): [i, str(i)] for i in range(50)}}
print(json.loads(json.dumps(big)) == big)
