# json.dumps escaping of ASCII text: quotes, backslashes and control characters.
import json

print(json.dumps('say "hi"'))
print(json.dumps("back\\slash"))
print(json.dumps("line\nbreak"))
print(json.dumps("tab\there"))
print(json.dumps("cr\rlf"))
print(json.dumps("\x00\x01\x1f"))
print(json.dumps("/slash/ is plain"))
print(json.dumps(["a\"b", "c\\d", "\n"]))
print(json.dumps({"q\"k": "v\n"}))
for s in ["", "x", "\"", "\\", "\x10", "mixed \"\\\n\t\x02 end"]:
    out = json.dumps(s)
    print(len(out), out)
