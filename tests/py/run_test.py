#!/usr/bin/env python3
"""Run one conformance script under Coil and compare with CPython's output.

Usage: run_test.py COIL_BINARY SCRIPT

Runs `COIL_BINARY NAME.py` exactly the way gen_expected.py ran CPython
(cwd = the script's folder, stdin = /dev/null, PYTHONHASHSEED=0,
PYTHONIOENCODING=utf-8), with a 30 s timeout, and compares against NAME.out,
NAME.err (empty when absent) and NAME.rc (0 when absent):

  * stdout must match byte for byte;
  * the exit status must match exactly;
  * stderr must match after normalisation (below).

On a mismatch a unified diff of each differing stream is printed and the exit
status is 1.

Normalisation of stderr (applied to both the expected and the actual text):

  1. Lines made only of spaces, '~' and '^' (with at least one '~' or '^') are
     dropped.  CPython 3.11 underlines the failing expression in tracebacks
     (PEP 657 "fine-grained error locations", e.g. `    ~~~~^~~`) and puts a
     caret under the offending token of a SyntaxError.  Those markers depend
     on column information Coil is not required to reproduce exactly; the
     rest of the traceback (file, line, function, source line, exception
     type and message) is still compared.
  2. The absolute folder of the script followed by '/' is removed, so
     `File "/abs/folder/NAME.py"` reads `File "NAME.py"`.  CPython prints
     absolute paths for the main script; gen_expected.py stores the
     relative form, and this makes either form acceptable from Coil.
     (Also applied to stdout, where it can only matter if a path is printed.)
"""
import difflib
import os
import re
import subprocess
import sys

TIMEOUT = 30
MARKER_LINE = re.compile(r"^[ ~^]*[~^][ ~^]*$")


def read_text(path, default=""):
    if not os.path.exists(path):
        return default
    with open(path, "rb") as f:
        return f.read().decode("utf-8")


def normalise_stderr(text):
    lines = text.splitlines(keepends=True)
    return "".join(l for l in lines if not MARKER_LINE.match(l.rstrip("\r\n")))


def diff(expected, actual, what):
    return "".join(difflib.unified_diff(
        expected.splitlines(keepends=True), actual.splitlines(keepends=True),
        fromfile=f"expected {what}", tofile=f"actual {what}"))


def main():
    if len(sys.argv) != 3:
        print("usage: run_test.py COIL_BINARY SCRIPT", file=sys.stderr)
        return 2
    coil = os.path.abspath(sys.argv[1])
    script = os.path.abspath(sys.argv[2])
    folder = os.path.dirname(script)
    base = script[:-3]

    expected_out = read_text(base + ".out")
    expected_err = read_text(base + ".err")
    expected_rc = int(read_text(base + ".rc", "0").strip() or "0")

    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # harmless for Coil; keeps CPython stand-ins tidy
    try:
        proc = subprocess.run([coil, os.path.basename(script)], cwd=folder, env=env,
                              stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as e:
        print(f"TIMEOUT after {TIMEOUT}s: {coil} {os.path.basename(script)}")
        if e.stdout:
            print("--- stdout so far ---")
            print(e.stdout.decode("utf-8", "replace"))
        if e.stderr:
            print("--- stderr so far ---")
            print(e.stderr.decode("utf-8", "replace"))
        return 1

    prefix = folder + os.sep
    actual_out = proc.stdout.decode("utf-8", "replace").replace(prefix, "")
    actual_err = proc.stderr.decode("utf-8", "replace").replace(prefix, "")
    actual_rc = proc.returncode

    failed = False
    if actual_out != expected_out:
        failed = True
        print(diff(expected_out, actual_out, "stdout"))
    if normalise_stderr(actual_err) != normalise_stderr(expected_err):
        failed = True
        print(diff(normalise_stderr(expected_err), normalise_stderr(actual_err),
                   "stderr (normalised)"))
    if actual_rc != expected_rc:
        failed = True
        how = f"killed by signal {-actual_rc}" if actual_rc < 0 else str(actual_rc)
        print(f"exit status: expected {expected_rc}, got {how}")
    if failed:
        print(f"FAIL {os.path.relpath(script, os.path.dirname(os.path.abspath(__file__)))}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
