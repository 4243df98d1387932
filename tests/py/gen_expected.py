#!/usr/bin/env python3
"""Regenerate the expected output of the conformance scripts with CPython.

For every tests/py/<area>/NAME.py script this runs

    python3 NAME.py            (cwd = the script's folder, stdin = /dev/null,
                                PYTHONHASHSEED=0, PYTHONIOENCODING=utf-8)

and writes beside it

    NAME.out   stdout (always written, possibly empty)
    NAME.err   stderr (only when non-empty)
    NAME.rc    exit status followed by a newline (only when non-zero)

Stale .err/.rc files are removed when a script no longer produces them.

Skipped: this file, run_test.py, helper modules whose name starts with
`mod_`, and anything inside a folder whose name starts with `pkg_` (packages
imported by the scripts).

CPython 3.11 prints the absolute path of the script in tracebacks and syntax
errors (`File "/abs/folder/NAME.py"`), which would tie the expectations to the
checkout location.  The folder prefix ("/abs/folder/") is therefore removed
from both streams, so the files say `File "NAME.py"`; run_test.py applies the
same rewrite to the interpreter under test.

By default only scripts whose expectation looks out of date (a missing .out,
or a script / helper in its folder newer than the .out) are run; --all runs
every script.  Either way a file is only rewritten when its content changes,
so running this twice in a row changes nothing.

Usage: gen_expected.py [--all] [--python PYTHON] [SCRIPT_OR_FOLDER ...]
"""
import argparse
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SELF_FILES = {"gen_expected.py", "run_test.py"}
TIMEOUT = 60


def is_test_script(path):
    """True for a conformance script (not a helper module or package file)."""
    rel = os.path.relpath(path, HERE)
    parts = rel.split(os.sep)
    if not rel.endswith(".py") or len(parts) < 2:
        return False  # top-level files (this generator, the runner)
    if parts[-1] in SELF_FILES or parts[-1].startswith("mod_"):
        return False
    if any(p.startswith("pkg_") for p in parts[:-1]):
        return False
    if any(p.startswith(".") or p == "__pycache__" for p in parts):
        return False
    return True


def find_scripts(roots):
    found = []
    for root in roots:
        root = os.path.abspath(root)
        if os.path.isfile(root):
            if is_test_script(root):
                found.append(root)
            continue
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames
                                 if not d.startswith((".", "pkg_")) and d != "__pycache__")
            for name in sorted(filenames):
                full = os.path.join(dirpath, name)
                if is_test_script(full):
                    found.append(full)
    return sorted(set(found))


def newest_dependency_mtime(script):
    """mtime of the script and of the helpers (mod_*.py, pkg_*/) beside it."""
    folder = os.path.dirname(script)
    newest = os.path.getmtime(script)
    for name in os.listdir(folder):
        full = os.path.join(folder, name)
        if name.startswith("mod_") and name.endswith(".py"):
            newest = max(newest, os.path.getmtime(full))
        elif name.startswith("pkg_") and os.path.isdir(full):
            for dirpath, _, files in os.walk(full):
                for f in files:
                    if f.endswith(".py"):
                        newest = max(newest, os.path.getmtime(os.path.join(dirpath, f)))
    return newest


def is_stale(script):
    out = script[:-3] + ".out"
    if not os.path.exists(out):
        return True
    return newest_dependency_mtime(script) > os.path.getmtime(out)


def strip_folder(text, folder):
    """Remove the absolute folder prefix CPython puts in tracebacks."""
    return text.replace(folder + os.sep, "")


def run_script(python, script):
    folder = os.path.dirname(script)
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONIOENCODING"] = "utf-8"
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONSTARTUP", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"  # keep __pycache__ out of the tree
    proc = subprocess.run([python, os.path.basename(script)], cwd=folder, env=env,
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=TIMEOUT)
    out = strip_folder(proc.stdout.decode("utf-8"), folder)
    err = strip_folder(proc.stderr.decode("utf-8"), folder)
    return out, err, proc.returncode


def write_if_changed(path, content):
    """Write content (None = the file must not exist); True when changed."""
    if content is None:
        if os.path.exists(path):
            os.remove(path)
            return True
        return False
    data = content.encode("utf-8")
    if os.path.exists(path):
        with open(path, "rb") as f:
            if f.read() == data:
                os.utime(path)  # mark as up to date for the staleness check
                return False
    with open(path, "wb") as f:
        f.write(data)
    return True


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--all", action="store_true", help="run every script, not only stale ones")
    ap.add_argument("--python", default=sys.executable or "python3",
                    help="the CPython 3.11 to use (default: the one running this)")
    ap.add_argument("paths", nargs="*", help="scripts or folders (default: all of tests/py)")
    args = ap.parse_args()

    if sys.version_info[:2] != (3, 11):
        print(f"warning: expectations are meant to come from CPython 3.11, "
              f"this is {sys.version.split()[0]}", file=sys.stderr)

    scripts = find_scripts(args.paths or [HERE])
    ran = changed = 0
    for script in scripts:
        if not args.all and not args.paths and not is_stale(script):
            continue
        base = script[:-3]
        try:
            out, err, rc = run_script(args.python, script)
        except subprocess.TimeoutExpired:
            print(f"TIMEOUT {os.path.relpath(script, HERE)}", file=sys.stderr)
            continue
        ran += 1
        touched = [write_if_changed(base + ".out", out),
                   write_if_changed(base + ".err", err if err else None),
                   write_if_changed(base + ".rc", f"{rc}\n" if rc != 0 else None)]
        if any(touched):
            changed += 1
            print(f"updated {os.path.relpath(script, HERE)} (rc={rc})")

    # Expectation files whose script is gone.
    if not args.paths:
        live = {s[:-3] for s in scripts}
        for dirpath, dirnames, filenames in os.walk(HERE):
            dirnames[:] = [d for d in dirnames if not d.startswith((".", "pkg_"))]
            for name in filenames:
                stem, ext = os.path.splitext(name)
                if ext in (".out", ".err", ".rc") and os.path.join(dirpath, stem) not in live:
                    os.remove(os.path.join(dirpath, name))
                    print(f"removed orphan {os.path.relpath(os.path.join(dirpath, name), HERE)}")

    print(f"{len(scripts)} scripts, {ran} run, {changed} updated")


if __name__ == "__main__":
    main()
