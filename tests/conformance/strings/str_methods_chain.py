# Chaining string methods.
s = '  Hello, World!  '
print(s.strip().lower().replace(',', '').split())
print('-'.join(s.split()).upper())
print(s.strip().startswith('Hello'), s.strip().endswith('!'))
csv = 'a=1;b=2;c=3'
pairs = [p.split('=') for p in csv.split(';')]
print(pairs)
print(sum(int(v) for k, v in pairs))
print(' '.join(w.upper() if len(w) > 1 else w for w in 'a bc d ef'.split()))
