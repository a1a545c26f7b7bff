# callable(), getattr() and hasattr() on built-in objects.
print(callable(len), callable(print), callable('x'), callable(str), callable(lambda: 0))
print(getattr([1, 2], 'count')(1), getattr('abc', 'upper')())
print(hasattr('s', 'join'), hasattr('s', 'nope'), hasattr(5, 'to_bytes'))
print(getattr(str, 'nope', 'fallback'))
m = 'a-b-c'.split
print(m('-'))
up = str.upper
print(up('abc'))
class K:
    def method(self):
        return 'm'
    attr = 5
k = K()
print(callable(K), callable(k), callable(k.method), callable(K.attr))
print(getattr(k, 'method')(), getattr(K, 'attr'), hasattr(K, 'method'))
print(callable(None), callable([]), callable(dict.get))
