# A bare except catches everything, including BaseException subclasses.
def run(exc):
    try:
        raise exc
    except ValueError:
        return 'ValueError handler'
    except:
        return 'bare handler'
print(run(ValueError), run(KeyError), run(KeyboardInterrupt), run(SystemExit))
try:
    raise GeneratorExit
except Exception:
    print('not an Exception')
except BaseException as e:
    print('BaseException handler', type(e).__name__)
