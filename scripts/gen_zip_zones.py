#!/usr/bin/env python3
"""Generate Aftercare's US ZIP -> IANA time zone table from PyPI's `zipcodes` package.

Source: `zipcodes` 3.0.0 (MIT, https://pypi.org/project/zipcodes/), whose records carry a
`timezone` per ZIP (42,789 ZIPs: states, DC, territories, freely associated states and military
APO/FPO/DPO codes, which have no zone).

Writes two files under shared/data/:
  us_zip_zones.txt  the compact table read by shared/src/zone.rs with include_str!:
                    `Z <name>` lines (zone index = order of appearance), then `<start> <end> <index>`
                    lines: maximal runs of consecutive *known* ZIPs (ZIP numbers nobody uses do not
                    break a run) that share a zone. `-` as the index marks known ZIPs with no zone
                    (military). A ZIP inside a run inherits its zone; one between runs has neighbours
                    that disagree and gets none.
  zip_sample.tsv    300 ZIPs with their expected zone for the non-ignored Rust test: every ZIP of
                    a minority zone in a county the data splits (plus one of its majority zone),
                    the first ZIP of each zone in each state (so every territory and AA/AE/AP),
                    all VI/GU/AS/MP/FM/PW/MH ZIPs, every override, then a seeded random fill.

Names are stored as the package spells them, except deprecated aliases (US/Eastern, ...) which
are mapped to their canonical IANA names; every stored name is checked against Python's tz database
here and against chrono-tz by `cargo test -p aftercare-shared zone::`.

Regenerate (deterministic; same package version -> byte-identical output):
    python3 -m pip install zipcodes==3.0.0
    python3 scripts/gen_zip_zones.py
    cargo test -p aftercare-shared zone::
"""

from __future__ import annotations

import random
import sys
import zoneinfo
from collections import Counter, defaultdict
from pathlib import Path

EXPECTED_VERSION = "3.0.0"

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "shared" / "data" / "us_zip_zones.txt"
SAMPLE = ROOT / "shared" / "data" / "zip_sample.tsv"

# Deprecated tzdb aliases -> canonical names (none occur in 3.0.0; kept so a newer release that
# uses them still yields names every tz library accepts).
ALIASES = {
    "US/Eastern": "America/New_York",
    "US/Central": "America/Chicago",
    "US/Mountain": "America/Denver",
    "US/Pacific": "America/Los_Angeles",
    "US/Alaska": "America/Anchorage",
    "US/Aleutian": "America/Adak",
    "US/Hawaii": "Pacific/Honolulu",
    "US/Arizona": "America/Phoenix",
    "US/East-Indiana": "America/Indiana/Indianapolis",
    "US/Indiana-Starke": "America/Indiana/Knox",
    "US/Michigan": "America/Detroit",
    "US/Samoa": "Pacific/Pago_Pago",
    "America/Fort_Wayne": "America/Indiana/Indianapolis",
    "America/Indianapolis": "America/Indiana/Indianapolis",
    "America/Knox_IN": "America/Indiana/Knox",
    "America/Louisville": "America/Kentucky/Louisville",
    "America/Shiprock": "America/Denver",
    "America/Virgin": "America/St_Thomas",
    "Pacific/Samoa": "Pacific/Pago_Pago",
    "Pacific/Truk": "Pacific/Chuuk",
    "Pacific/Yap": "Pacific/Chuuk",
    "Navajo": "America/Denver",
}

# Where the package is wrong for a place we could check. Each entry: ZIP -> (zone, why).
# Found by comparing every ZIP with its nearest neighbours and the county's official zone.
OVERRIDES = {
    # Navajo Nation observes DST (America/Denver); the rest of Arizona, including the Hopi
    # Reservation inside it, does not (America/Phoenix).
    "86045": ("America/Denver", "Tuba City is in the Navajo Nation, which observes DST"),
    "86040": ("America/Phoenix", "Page lies outside the Navajo Nation and keeps Arizona time"),
    "86003": ("America/Phoenix", "Flagstaff PO boxes; Flagstaff is off-reservation Arizona"),
    "37405": ("America/New_York", "Chattanooga, TN (Hamilton County) is Eastern"),
    "37338": ("America/New_York", "Graysville, TN (Rhea County) is Eastern"),
    "67857": ("America/Denver", "Kendall, KS (Hamilton County) is Mountain"),
    "83522": ("America/Los_Angeles", "Cottonwood, ID lies north of the Salmon River: Pacific"),
    "79942": ("America/Denver", "El Paso, TX PO boxes (package says Crockett County): Mountain"),
    "99634": ("America/Anchorage", "Napakiak, AK: package has the city name as its zone"),
}

# Military and diplomatic post offices abroad (APO/FPO/DPO) have no civil zone. The package
# leaves them empty under AA/AE/AP but files a few 099xx ones under NJ with America/New_York
# (and lat/long 0); they get no zone too, so the address's AA/AE/AP state decides instead.
MILITARY_CITIES = {"APO", "FPO", "DPO"}

TERRITORIES = {"PR", "VI", "GU", "AS", "MP", "FM", "PW", "MH"}
MILITARY = {"AA", "AE", "AP"}
SAMPLE_SIZE = 300


def load():
    try:
        import zipcodes
    except ImportError:
        sys.exit("zipcodes is not installed: python3 -m pip install zipcodes==" + EXPECTED_VERSION)
    if zipcodes.__version__ != EXPECTED_VERSION:
        print(
            f"warning: zipcodes {zipcodes.__version__} installed, table documented for "
            f"{EXPECTED_VERSION}; update EXPECTED_VERSION and the docstring",
            file=sys.stderr,
        )
    return zipcodes.__version__, sorted(zipcodes.list_all(), key=lambda z: z["zip_code"])


def zone_of(record) -> str:
    """The zone Aftercare should use for one package record ("" = none)."""
    override = OVERRIDES.get(record["zip_code"])
    if override:
        return override[0]
    if record["city"].strip().upper() in MILITARY_CITIES:
        return ""
    name = record["timezone"].strip()
    return ALIASES.get(name, name)


def check_names(names) -> None:
    known = zoneinfo.available_timezones()
    bad = sorted(n for n in names if n and n not in known)
    if bad:
        sys.exit(f"not IANA zone names (add an alias or override): {bad}")


def build_ranges(records):
    ranges = []  # [start, end, zone]
    for r in records:
        n, zone = int(r["zip_code"]), zone_of(r)
        if ranges and ranges[-1][2] == zone:
            ranges[-1][1] = n
        else:
            ranges.append([n, n, zone])
    return ranges


def write_table(version, ranges) -> None:
    zones = list(dict.fromkeys(z for _, _, z in ranges if z))
    index = {z: i for i, z in enumerate(zones)}
    lines = [
        f"# US ZIP -> IANA zone. Generated by scripts/gen_zip_zones.py from zipcodes=={version}; do not edit.",
        "# Z <zone> defines zone index 0, 1, ...; then <first ZIP> <last ZIP> <zone index or - for none>.",
    ]
    lines += [f"Z {z}" for z in zones]
    lines += [f"{a} {b} {index[z] if z else '-'}" for a, b, z in ranges]
    TABLE.parent.mkdir(parents=True, exist_ok=True)
    TABLE.write_text("\n".join(lines) + "\n")


def pick_sample(records):
    by_zip = {r["zip_code"]: r for r in records}
    picked: dict[str, str] = {}

    def add(z, why):
        picked.setdefault(z, why)

    # Every ZIP of a minority zone in a county the data splits, plus the first majority ZIP.
    counties = defaultdict(list)
    for r in records:
        if r["county"] and r["state"] not in MILITARY:
            counties[(r["state"], r["county"])].append(r)
    for (state, county), rs in sorted(counties.items()):
        counts = Counter(zone_of(r) for r in rs)
        if len(counts) > 1:
            major = counts.most_common(1)[0][0]
            add(next(r for r in rs if zone_of(r) == major)["zip_code"], f"split county {state} {county}")
            for r in rs:
                if zone_of(r) != major:
                    add(r["zip_code"], f"split county {state} {county}")
    # First ZIP of every zone of every state.
    seen = set()
    for r in records:
        key = (r["state"], zone_of(r))
        if key not in seen:
            seen.add(key)
            add(r["zip_code"], f"first {r['state']} ZIP in {zone_of(r) or 'no zone'}")
    for r in records:
        if r["state"] in TERRITORIES - {"PR"}:
            add(r["zip_code"], f"territory {r['state']}")
    for z in sorted(OVERRIDES):
        add(z, "override: " + OVERRIDES[z][1])
    for r in records:
        if r["city"].strip().upper() in MILITARY_CITIES and r["state"] not in MILITARY:
            add(r["zip_code"], f"override: {r['city']} ZIP filed under {r['state']}")
    rng = random.Random(20240501)
    pool = [r["zip_code"] for r in records]
    while len(picked) < SAMPLE_SIZE:
        add(rng.choice(pool), "random")
    return [(z, zone_of(by_zip[z]), picked[z]) for z in sorted(picked)]


def write_sample(version, rows) -> None:
    lines = [f"# zip\texpected zone (empty = none)\twhy; from zipcodes=={version} by scripts/gen_zip_zones.py"]
    lines += [f"{z}\t{zone}\t{why}" for z, zone, why in rows]
    SAMPLE.write_text("\n".join(lines) + "\n")


def main() -> None:
    version, records = load()
    missing = [z for z in OVERRIDES if z not in {r["zip_code"] for r in records}]
    if missing:
        sys.exit(f"overrides for ZIPs the package no longer has: {missing}")
    check_names({zone_of(r) for r in records})
    ranges = build_ranges(records)
    write_table(version, ranges)
    rows = pick_sample(records)
    write_sample(version, rows)
    print(
        f"zipcodes {version}: {len(records)} ZIPs -> {len(ranges)} ranges, "
        f"{TABLE.stat().st_size} bytes in {TABLE.relative_to(ROOT)}; "
        f"{len(rows)} sample rows in {SAMPLE.relative_to(ROOT)}"
    )


if __name__ == "__main__":
    main()
