# json.loads of nested arrays and objects; objects are printed sorted (dict order differs in MicroPython).
import json


def show(v, indent=0):
    pad = " " * indent
    if isinstance(v, dict):
        print(pad + "dict", len(v))
        for k in sorted(v):
            print(pad + " key", k)
            show(v[k], indent + 2)
    elif isinstance(v, list):
        print(pad + "list", len(v))
        for x in v:
            show(x, indent + 2)
    else:
        print(pad + type(v).__name__, v)


show(json.loads("[]"))
show(json.loads("{}"))
show(json.loads("[[], {}, [[]], [{}]]"))
show(json.loads('{"b": 2, "a": 1, "c": [true, false, null]}'))
show(json.loads('{"outer": {"inner": {"deep": [1, [2, [3, [4]]]]}}, "x": "y"}'))
show(json.loads('[{"id": 1, "tags": ["a", "b"]}, {"id": 2, "tags": []}]'))
show(json.loads('{"dup": 1, "dup": 2}'))
d = json.loads('{"z": 0, "m": {"n": [1.5, -2]}}')
print(sorted(d.keys()), d["m"]["n"][0] + d["m"]["n"][1])
deep = json.loads("[" * 200 + "]" * 200)
depth = 0
while deep:
    deep = deep[0]
    depth += 1
print("depth", depth)
