# Order of try/except/else/finally for every outcome.
def run(outcome):
    log = []
    try:
        try:
            log.append('try')
            if outcome == 'handled':
                raise KeyError
            if outcome == 'unhandled':
                raise ValueError
        except KeyError:
            log.append('except')
        else:
            log.append('else')
        finally:
            log.append('finally')
        log.append('after')
    except ValueError:
        log.append('outer')
    return log
for outcome in ('none', 'handled', 'unhandled'):
    print(outcome, run(outcome))
