# User-defined exception classes with extra attributes.
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message
def validate(age):
    if age < 0:
        raise ValidationError('age', 'must be non-negative')
    return age
try:
    validate(-1)
except ValidationError as e:
    print(e.field, e.message, e.args)
    print(isinstance(e, Exception), type(e).__name__)
class Simple(Exception):
    pass
try:
    raise Simple
except Simple as e:
    print('Simple', e.args)
try:
    raise Simple('with', 'args', 3)
except Exception as e:
    print(type(e).__name__, e.args)
