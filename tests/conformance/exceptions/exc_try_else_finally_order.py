# the order in which try, except, else and finally bodies run
def run(fail, catch):
    log = []
    try:
        try:
            log.append("try")
            if fail:
                raise ValueError(fail)
        except (KeyError if not catch else ValueError):
            log.append("except")
        else:
            log.append("else")
        finally:
            log.append("finally")
    except ValueError:
        log.append("outer")
    return log
for fail in [None, "x"]:
    for catch in [False, True]:
        print(fail, catch, run(fail, catch))
