# A singleton implemented with __new__.
class Config:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
            cls._instance.values = []
        return cls._instance
a = Config()
b = Config()
a.values.append(1)
print(a is b, b.values)
class Cached:
    _cache = {}
    def __new__(cls, key):
        if key not in cls._cache:
            obj = super().__new__(cls)
            obj.key = key
            cls._cache[key] = obj
        return cls._cache[key]
x, y, z = Cached('a'), Cached('b'), Cached('a')
print(x is z, x is y, x.key, y.key, len(Cached._cache))
