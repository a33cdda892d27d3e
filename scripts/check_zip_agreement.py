#!/usr/bin/env python3
"""Measure how often Aftercare's `zone::us_zip_zone` agrees with PyPI's `zipcodes` package.

Writes one `zip<TAB>zone` row per ZIP in the package (the package's `timezone` verbatim, except
deprecated aliases mapped as in gen_zip_zones.py; military ZIPs have an empty zone) to a temporary
file, then runs the ignored Rust test `zone::tests::agreement_with_package` on it. That test
compares zone *names* exactly (no "same rules" equivalence; an empty package zone agrees only with
no zone), prints `agreement: N of M ZIPs`, lists every differing ZIP, and fails below 99.9 %.
Differences are the generator's documented overrides, where the package is wrong.

    python3 scripts/check_zip_agreement.py            # installs zipcodes==3.0.0 if missing
    python3 scripts/check_zip_agreement.py --tsv-only  # just print the TSV path
"""

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from gen_zip_zones import ALIASES, EXPECTED_VERSION  # noqa: E402


def main() -> int:
    try:
        import zipcodes
    except ImportError:
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--quiet", f"zipcodes=={EXPECTED_VERSION}"], check=True
        )
        import zipcodes
    rows = sorted((z["zip_code"], z["timezone"].strip()) for z in zipcodes.list_all())
    fd, path = tempfile.mkstemp(prefix="zip_agreement_", suffix=".tsv")
    with os.fdopen(fd, "w") as out:
        out.write(f"# zip\tzone from zipcodes=={zipcodes.__version__}\n")
        for zip_code, zone in rows:
            out.write(f"{zip_code}\t{ALIASES.get(zone, zone)}\n")
    if "--tsv-only" in sys.argv:
        print(path)
        return 0
    # Inside scripts/test the workspace's test binaries are built already, with the suite's
    # features: asking for the same set finds them built. Alone, build just the library's tests.
    features = os.environ.get("AFTERCARE_TEST_FEATURES")
    scope = ["--workspace", "--features", features] if features else ["-p", "aftercare-shared"]
    cmd = ["cargo", "test", "--quiet", *scope, "--lib", "zone::tests::agreement_with_package",
           "--", "--ignored", "--exact", "--nocapture"]
    try:
        return subprocess.run(cmd, cwd=ROOT, env={**os.environ, "ZIP_AGREEMENT_TSV": path}).returncode
    finally:
        os.unlink(path)


if __name__ == "__main__":
    sys.exit(main())
