# An exception carries through several function calls to a handler.
def parse_item(s):
    key, value = s.split('=')
    return key, int(value)
def parse_all(items):
    return [parse_item(s) for s in items]
def safe(items):
    try:
        return parse_all(items)
    except ValueError:
        return 'ValueError'
print(safe(['a=1', 'b=2']))
print(safe(['a=1', 'b=x']))
print(safe(['a=1', 'novalue']))
print(safe(['a=1=2']))
