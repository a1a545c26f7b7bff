# upper(), lower(), isupper(), islower().
s = 'Hello World 123'
print(s.upper(), s.lower())
print('ABC'.isupper(), 'AbC'.isupper(), 'abc'.islower(), 'aBc'.islower())
print('123'.isupper(), '123'.islower(), 'A1'.isupper(), 'a1'.islower())
print(''.isupper(), ''.islower())
print('MiXeD'.lower().upper())
print('straße'.upper() if False else 'ok')
print(s.upper() == 'HELLO WORLD 123', s)
for s in ('hello', 'HELLO', 'Hello', 'hello world!', '123abc', '', 'a' * 3):
    print(repr(s), s.upper(), s.lower(), s.isupper(), s.islower())
print('ABC'.lower() == 'abc', 'abc'.upper().lower())
