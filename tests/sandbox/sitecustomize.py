"""In a Python subprocess of a test: note writes outside the test's folders (see write_guard.py)."""

import os

if os.environ.get("BRIEF_TEST_WRITABLE") and os.environ.get("BRIEF_TEST_WRITES_REPORT"):
    import write_guard

    write_guard.arm(os.environ["BRIEF_TEST_WRITABLE"].split(os.pathsep), os.environ["BRIEF_TEST_WRITES_REPORT"])
