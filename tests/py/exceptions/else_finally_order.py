# Execution order of try/except/else/finally.
def run(raise_it, catch_it=True):
    log = []
    try:
        try:
            log.append("try")
            if raise_it:
                raise ValueError("v")
            log.append("try-end")
        except (ValueError if catch_it else KeyError):
            log.append("except")
        else:
            log.append("else")
        finally:
            log.append("finally")
        log.append("after")
    except ValueError:
        log.append("outer-except")
    return log
print(run(False))
print(run(True))
print(run(True, catch_it=False))
def exc_in_else():
    try:
        pass
    except ZeroDivisionError:
        print("not here")
    else:
        1 / 0
    finally:
        print("finally after else error")
try:
    exc_in_else()
except ZeroDivisionError as e:
    print("caught from else:", e)
def exc_in_except():
    try:
        raise KeyError("k")
    except KeyError:
        raise ValueError("from except")
    finally:
        print("finally after except error")
try:
    exc_in_except()
except ValueError as e:
    print("caught:", e, "| context:", repr(e.__context__))
