# callable() and type() on many kinds of objects
class K:
    def m(self):
        pass
class CallMe:
    def __call__(self):
        return 1
objs = [1, "s", len, K, K(), K().m, CallMe(), lambda: 0, print, int, None, [], type]
print([callable(o) for o in objs])
print([type(o).__name__ for o in (1, "s", b"", 1.5, [], (), {}, set(), frozenset(), None, True, range(1), K())])
print(type(1) is int, type("") is str, type(type(1)) is type, type(K()) is K)
print(CallMe()(), callable(CallMe), callable(K.m))
