# Handlers for base classes catch subclasses; handler order matters.
class AppError(Exception): pass
class DbError(AppError): pass
class ConnError(DbError): pass
class UiError(AppError): pass
for exc in (ConnError, DbError, UiError, AppError):
    try:
        raise exc()
    except ConnError:
        print(exc.__name__, '-> ConnError handler')
    except DbError:
        print(exc.__name__, '-> DbError handler')
    except AppError:
        print(exc.__name__, '-> AppError handler')
try:
    raise ConnError()
except AppError:
    print('base handler first wins')
except ConnError:
    print('never reached')
print(issubclass(ConnError, AppError), issubclass(UiError, DbError))
