# Catching built-in exceptions raised by operations.
def attempt(label, fn):
    try:
        fn()
        print(label, 'no exception')
    except ZeroDivisionError:
        print(label, 'ZeroDivisionError')
    except (KeyError, IndexError) as e:
        print(label, type(e).__name__)
    except TypeError:
        print(label, 'TypeError')
    except ValueError:
        print(label, 'ValueError')
    except AttributeError:
        print(label, 'AttributeError')
    except NameError:
        print(label, 'NameError')
attempt('div', lambda: 1 / 0)
attempt('key', lambda: {}['x'])
attempt('index', lambda: [][0])
attempt('type', lambda: 'a' + 1)
attempt('value', lambda: int('abc'))
attempt('attr', lambda: (1).nope)
attempt('name', lambda: undefined_name)
attempt('fine', lambda: 42)
