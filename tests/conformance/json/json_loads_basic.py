# json.loads of single values: literals, numbers, strings with every escape, whitespace.
import json

for text in ["null", "true", "false", "0", "-0", "7", "-42", "1234567890123",
             "123456789012345678901234567890", "-98765432109876543210987654321"]:
    v = json.loads(text)
    print(text, v, type(v).__name__)
for text in ["1.5", "-0.25", "1e2", "1E2", "2.5e3", "-1.25E+2", "0.5", "10.0", "1e-2"]:
    v = json.loads(text)
    print(text, v, type(v).__name__)
print(json.loads('"abc"'), len(json.loads('""')))
print(json.loads('"a\\"b"'), json.loads('"a\\\\b"'), json.loads('"a\\/b"'))
print([ord(c) for c in json.loads('"\\b\\f\\n\\r\\t"')])
print([ord(c) for c in json.loads('"\\u0041\\u00e9\\u20ac\\u0000"')])
print(json.loads('"\\u0048\\u0069"'), json.loads('"\\u004A\\u004a"'))
print(json.loads("  \t\n\r 5 \n\t "), json.loads(" [ 1 , 2 ] "), json.loads('\n{ "a" :\t1 }\n'))
print(json.loads(b"[1, 2]"), json.loads(b'"bytes"'), json.loads(b" true "))
print(json.loads('"caf\\u00e9"') == "caf\u00e9")
