# sys.exit() and sys.exit(None) exit with status 0.
import sys
print("exiting cleanly")
sys.exit(None)
print("not reached")
