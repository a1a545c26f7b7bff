# json.dump writes to a stream (sys.stdout here) and returns None.
import sys
import json

r = json.dump([1, "two", None, {"k": (True, False)}], sys.stdout)
print()
print(r)
json.dump({"a": [1, 2]}, sys.stdout, separators=(",", ":"))
print()
json.dump("text\n", sys.stdout)
print()
