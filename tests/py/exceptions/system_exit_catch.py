# SystemExit and KeyboardInterrupt are BaseExceptions, not Exceptions.
import sys
try:
    sys.exit(3)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    try:
        sys.exit("message")
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)
try:
    raise KeyboardInterrupt
except Exception:
    print("wrong")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e))
try:
    exit_code = None
    sys.exit()
except SystemExit as e:
    print("code:", e.code)
print("still running")
