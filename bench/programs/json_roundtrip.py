# JSON round-trip: json.dumps of nested dicts/lists of ints, strings, booleans and None, json.loads back,
# and a structural comparison. Needs the json module (the runner reports n/a where it is missing). Output is
# independent of dict order: only lengths and an order-free walk of the decoded data are printed.
# quick: 20
import sys
import json


def make_record(i):
    return {
        "id": i,
        "name": "user" + str(i),
        "active": i % 3 != 0,
        "manager": None if i % 5 else i // 5,
        "tags": ["t" + str(k) for k in range(i % 4)],
        "score": (i * 37) % 1000 - 500,
        "ratio": (i % 8) / 4,
        "address": {"street": str(i % 97) + " Main St", "zip": "%05d" % (i * 13 % 100000), "quote": 'say "hi"\n'},
    }


def walk(v):
    if isinstance(v, dict):
        s = 7
        for k in v:
            s += walk(k) ^ walk(v[k])
        return s
    if isinstance(v, list):
        s = 3
        for x in v:
            s = (s * 31 + walk(x)) & 0xFFFFFF
        return s
    if isinstance(v, str):
        s = len(v)
        for ch in v:
            s += ord(ch)
        return s
    if v is None:
        return 11
    if v is True:
        return 13
    if v is False:
        return 17
    if isinstance(v, float):
        return int(v * 4) + 19
    return v & 0xFFFFF


def main(n):
    data = [make_record(i) for i in range(200)]
    total = 0
    length = 0
    same = 0
    for rnd in range(n):
        data[rnd % 200]["score"] = rnd
        text = json.dumps(data)
        back = json.loads(text)
        if back == data:
            same += 1
        length += len(text)
        if rnd % 8 == 0:
            total = (total + walk(back)) & 0xFFFFFFFF
    return same, length, total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
print("json_roundtrip", n, *main(n))
