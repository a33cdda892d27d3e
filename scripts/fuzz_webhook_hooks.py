"""Schemathesis hooks for scripts/fuzz-webhook: sign each generated request the way a seller's
middleware does (README "Signed webhook requests"), except a share of deliberately unsigned,
forged, stale and wrong-store ones, and log every answer for the script's checks.

Signing happens in a `requests` auth object, which runs on the prepared request, so the HMAC
covers exactly the bytes that go on the wire.

Environment (set by scripts/fuzz-webhook): FUZZ_STORE and FUZZ_SECRET, FUZZ_OTHER_STORE and
FUZZ_OTHER_SECRET (two configured stores), FUZZ_LOG (answers, one JSON object per line), FUZZ_SEED.
"""

import hashlib
import hmac
import json
import os
import random
import time

import requests
import schemathesis

STORE = os.environ["FUZZ_STORE"]
SECRET = os.environ["FUZZ_SECRET"].encode()
OTHER_STORE = os.environ["FUZZ_OTHER_STORE"]
OTHER_SECRET = os.environ["FUZZ_OTHER_SECRET"].encode()
LOG = open(os.environ["FUZZ_LOG"], "a", encoding="utf-8")
RNG = random.Random(int(os.environ.get("FUZZ_SEED", "1")))

# How a request is signed: mostly correctly, so bodies reach the parser; the rest must all be 401.
MODES = [
    ("signed", 78),
    ("unsigned", 5),  # the headers schemathesis generated, unchanged
    ("forged", 5),  # a secret the server does not know
    ("stale", 4),  # more than 300 s old (or ahead)
    ("tampered", 4),  # signed, then one byte of the body changed
    ("other-store", 4),  # correctly signed by another store, for a body that is not its own
]


def pick_mode():
    total = sum(w for _, w in MODES)
    roll = RNG.uniform(0, total)
    for mode, weight in MODES:
        roll -= weight
        if roll <= 0:
            return mode
    return MODES[0][0]


def body_store(body):
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    if isinstance(value, dict) and isinstance(value.get("store_id"), str):
        return value["store_id"].strip()
    return None


def header_safe(value):
    # HTTP forbids control characters in header values; the server's HTTP layer refuses such a
    # request (400, empty body) before the webhook sees it, so keep them out of signed requests.
    return value is not None and value != "" and all(" " <= c <= "~" for c in value)


class Sign(requests.auth.AuthBase):
    def __init__(self, mode):
        self.mode = mode

    def __call__(self, request):
        body = request.body or b""
        if isinstance(body, str):
            body = body.encode("utf-8")
        request.headers["X-Fuzz-Mode"] = self.mode
        if self.mode == "unsigned":
            return request
        # Sign for the store the body names, so the store check is reached; fall back to ours.
        store = body_store(body)
        if not header_safe(store):
            store = STORE
        timestamp = int(time.time())
        secret = SECRET
        if self.mode == "forged":
            secret = b"a-secret-the-server-does-not-know-%d" % RNG.randint(0, 10**9)
        elif self.mode == "stale":
            timestamp += RNG.choice([-1, 1]) * RNG.randint(301, 10**7)
        elif self.mode == "other-store":
            store, secret = OTHER_STORE, OTHER_SECRET
        signed = hmac.new(secret, b"%d." % timestamp + body, hashlib.sha256).hexdigest()
        if self.mode == "tampered":
            if body:
                i = RNG.randrange(len(body))
                body = body[:i] + bytes([body[i] ^ 0x01]) + body[i + 1 :]
            else:
                body = b" "
            request.body = body
            request.headers["Content-Length"] = str(len(body))
        request.headers["X-Aftercare-Store"] = store
        request.headers["X-Aftercare-Timestamp"] = str(timestamp)
        request.headers["X-Aftercare-Signature"] = "v1=" + signed
        return request


@schemathesis.hook
def map_body(ctx, body):
    # Most generated bodies name the fuzz store, so signed ones get past the store lookup.
    if isinstance(body, dict) and "store_id" in body and RNG.random() < 0.7:
        body = dict(body)
        body["store_id"] = STORE
    return body


@schemathesis.hook
def before_call(ctx, case, kwargs):
    kwargs["auth"] = Sign(pick_mode())


@schemathesis.hook
def after_call(ctx, case, response):
    request = response.request
    try:
        answer = json.loads(response.content)
    except (ValueError, UnicodeDecodeError):
        answer = None
    LOG.write(
        json.dumps(
            {
                "method": request.method,
                "mode": request.headers.get("X-Fuzz-Mode", "unsigned"),
                "status": response.status_code,
                "store": request.headers.get("X-Aftercare-Store"),
                "body_store": body_store(request.body or b""),
                "answer": answer,
            }
        )
        + "\n"
    )
    LOG.flush()
