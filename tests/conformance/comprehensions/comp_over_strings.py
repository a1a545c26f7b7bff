# Comprehensions over strings and producing strings.
s = 'Hello World'
print([c for c in s if c.isupper()])
print(''.join([c.lower() if c.isupper() else c.upper() for c in s]))
print([w[0] for w in s.split()])
print([ord(c) for c in 'AZ'])
print(''.join([chr(ord(c) + 1) for c in 'HAL']))
vowels = 'aeiou'
print(sum(1 for c in s.lower() if c in vowels))
caesar = ''.join(chr((ord(c) - 97 + 3) % 26 + 97) if c.isalpha() else c for c in 'xyz abc')
print(caesar)
print([s.strip() for s in ' a , b ,c '.split(',')])
print(sorted(set(c for c in 'mississippi')))
