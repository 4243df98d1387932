# SystemExit raised deep in calls propagates through frames and excepts for Exception.
import sys
def deep(n):
    if n == 0:
        sys.exit(0)
    try:
        deep(n - 1)
    except Exception:
        print("Exception handler does not catch SystemExit")
    finally:
        print("unwinding", n)
deep(3)
