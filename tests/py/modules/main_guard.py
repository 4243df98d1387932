# __name__ is "__main__" for the script and the module name for imports.
import mod_util
def main():
    print("main() called, __name__ =", __name__)
    print("imported module's __name__ =", mod_util.__name__)
if __name__ == "__main__":
    main()
else:
    print("not main")
