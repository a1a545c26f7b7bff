# Quotes of the other kind inside replacement fields.
d = {'a': 1, 'b': 2}
print(f"{d['a']} {d['b']}")
print(f'{d["a"]}')
print(f"{'inner'}")
print(f'''{"triple"} {'single'}''')
print(f"""{d['a'] + d["b"]}""")
name = "it's"
print(f"{name}")
print(f'{"say " + "hi"}')
