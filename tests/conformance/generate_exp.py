#!/usr/bin/env python3
"""Generate the expected output (.exp) of every conformance test script with CPython.

Usage:
    python3 tests/conformance/generate_exp.py [--check] [PATH ...]

Test scripts are the files ``<area>/NAME.py`` directly inside an area folder of
this directory whose NAME does not start with ``_`` (files and packages starting
with ``_`` are helper modules imported by the tests).  Each script is run with the
interpreter running this generator (``sys.executable``), with the script's own
folder as the working directory (and therefore as ``sys.path[0]``); stdout and
stderr are captured merged, as MicroPython's test runner does, and written to
``NAME.exp`` next to the script.

Scripts containing a line starting with ``# mp-differs:`` test a deliberate
MicroPython difference from CPython: their ``.exp`` is written by hand and is never
overwritten (and never compared in --check mode).

The generator fails (exit status 1, listing the scripts) if any script exits with
a non-zero status, writes anything to stderr, or times out.

Options:
    --check   do not write anything: regenerate in memory and report every script
              whose committed .exp is missing or differs, and every .exp without a
              script; exit 1 if any.
    PATH ...  restrict to these scripts or folders (relative to the current
              directory or to this directory).
"""

import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
MARKER = "# mp-differs:"
TIMEOUT = 30


def is_test_script(path):
    name = os.path.basename(path)
    return (
        name.endswith(".py")
        and not name.startswith("_")
        and os.path.isfile(path)
        and os.path.dirname(os.path.dirname(os.path.abspath(path))) == ROOT
    )


def all_scripts():
    found = []
    for area in sorted(os.listdir(ROOT)):
        area_dir = os.path.join(ROOT, area)
        if not os.path.isdir(area_dir) or area.startswith((".", "_")):
            continue
        for name in sorted(os.listdir(area_dir)):
            path = os.path.join(area_dir, name)
            if is_test_script(path):
                found.append(path)
    return found


def orphan_exp_files():
    """.exp files whose test script no longer exists."""
    orphans = []
    for area in sorted(os.listdir(ROOT)):
        area_dir = os.path.join(ROOT, area)
        if not os.path.isdir(area_dir) or area.startswith((".", "_")):
            continue
        for name in sorted(os.listdir(area_dir)):
            if name.endswith(".exp") and not os.path.exists(os.path.join(area_dir, name[:-4] + ".py")):
                orphans.append(os.path.join(area, name))
    return orphans


def resolve_filters(args):
    selected = []
    for arg in args:
        candidates = [os.path.abspath(arg), os.path.join(ROOT, arg)]
        path = next((c for c in candidates if os.path.exists(c)), None)
        if path is None:
            sys.exit("generate_exp.py: no such test or folder: %s" % arg)
        selected.append(os.path.normpath(path))
    return selected


def matches(path, filters):
    if not filters:
        return True
    for f in filters:
        if path == f or path.startswith(f.rstrip(os.sep) + os.sep):
            return True
    return False


def is_hand_written(path):
    with open(path, encoding="utf-8") as fh:
        return any(line.startswith(MARKER) for line in fh)


def run_script(path):
    """Return (output bytes, problem or None)."""
    env = dict(os.environ)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONPATH", None)
    env.pop("PYTHONSTARTUP", None)
    try:
        proc = subprocess.run(
            [sys.executable, "-B", os.path.basename(path)],
            cwd=os.path.dirname(path),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return b"", "timed out after %d s" % TIMEOUT
    # Merge like the test runner does (stdout first, then stderr): a correct
    # script writes nothing to stderr, so the order does not matter for .exp.
    output = (proc.stdout + proc.stderr).replace(b"\r\n", b"\n")
    if proc.returncode != 0:
        return output, "exit status %d" % proc.returncode
    if proc.stderr:
        return output, "wrote to stderr: %r" % proc.stderr[:200]
    return output, None


def main(argv):
    check = False
    args = []
    for a in argv:
        if a == "--check":
            check = True
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            args.append(a)
    filters = resolve_filters(args)
    scripts = [p for p in all_scripts() if matches(p, filters)]
    if not scripts:
        print("generate_exp.py: no test scripts selected")
        return 1

    failures = []
    differing = []
    written = skipped = 0
    for path in scripts:
        rel = os.path.relpath(path, ROOT)
        exp_path = path[:-3] + ".exp"
        if is_hand_written(path):
            skipped += 1
            if not os.path.exists(exp_path):
                failures.append((rel, "marked '%s' but has no hand-written .exp" % MARKER))
            continue
        output, problem = run_script(path)
        if problem:
            failures.append((rel, problem))
            continue
        if check:
            old = None
            if os.path.exists(exp_path):
                with open(exp_path, "rb") as fh:
                    old = fh.read()
            if old != output:
                differing.append(rel)
        else:
            with open(exp_path, "wb") as fh:
                fh.write(output)
            written += 1

    if check:
        print("checked %d scripts (%d hand-written skipped)" % (len(scripts) - skipped, skipped))
        for rel in differing:
            print("DIFFERS: %s" % rel)
    else:
        print("wrote %d .exp files (%d hand-written kept)" % (written, skipped))
    orphans = orphan_exp_files() if not filters else []
    for rel in orphans:
        print("ORPHAN: %s has no test script" % rel)
    for rel, problem in failures:
        print("FAILED: %s: %s" % (rel, problem))
    if failures or differing or (check and orphans):
        print("%d failed, %d differing, %d orphaned" % (len(failures), len(differing), len(orphans)))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
