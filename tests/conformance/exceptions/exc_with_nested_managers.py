# nested and multiple context managers unwind in reverse order
class CM:
    def __init__(self, name, log):
        self.name, self.log = name, log
    def __enter__(self):
        self.log.append("enter " + self.name)
        return self.name
    def __exit__(self, *exc):
        self.log.append("exit " + self.name + (" " + exc[0].__name__ if exc[0] else ""))
        return False
log = []
try:
    with CM("a", log) as a, CM("b", log) as b:
        log.append(a + b)
        raise IndexError
except IndexError:
    log.append("caught")
print(log)
log = []
with CM("x", log):
    with CM("y", log):
        log.append("body")
print(log)
