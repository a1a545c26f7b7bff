# Subclasses of built-in exceptions are caught by the built-in's handlers.
class MissingSetting(KeyError):
    pass
class BadSetting(ValueError):
    def __init__(self, name, value):
        super().__init__('bad value for ' + name)
        self.name = name
        self.value = value
settings = {'debug': 'yes'}
def get(name):
    if name not in settings:
        raise MissingSetting(name)
    value = settings[name]
    if value not in ('yes', 'no'):
        raise BadSetting(name, value)
    return value == 'yes'
print(get('debug'))
try:
    get('verbose')
except LookupError as e:
    print(type(e).__name__, e.args, isinstance(e, KeyError))
settings['debug'] = 'maybe'
try:
    get('debug')
except ValueError as e:
    print(type(e).__name__, e.args, e.name, e.value)
