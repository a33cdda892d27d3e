"""The local emulator for bench/cost: moto's server, one request at a time (as scripts/moto
runs it, so conditional writes stay atomic), with one speed-up that changes no answer: a query
of a global secondary index reads the items whose index partition key matches from a map
rebuilt after each write, instead of sorting and scanning the whole table for every query.
A dispatcher tick queries 16 to 33 index partitions between writes, so on a table of 20,000
items this is what makes a 1,000-order run take minutes rather than hours.

Usage: python3 bench/cost-emulator.py PORT
"""

import sys
import threading

from moto.dynamodb.models import DynamoDBBackend
from moto.dynamodb.models.table import Table
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import run_simple

WRITES = [0]
LOCAL = threading.local()


def counted(method):
    def wrapper(*args, **kwargs):
        try:
            return method(*args, **kwargs)
        finally:
            WRITES[0] += 1

    return wrapper


for name in ("put_item", "update_item", "delete_item", "transact_write_items", "batch_write_item"):
    if hasattr(DynamoDBBackend, name):
        setattr(DynamoDBBackend, name, counted(getattr(DynamoDBBackend, name)))
for name in ("put_item", "delete_item"):
    setattr(Table, name, counted(getattr(Table, name)))

original_all_items = Table.all_items
original_query = Table.query


def key_of(value):
    return (value.type, str(value.value))


def all_items(self):
    wanted = getattr(LOCAL, "wanted", None)
    if wanted is None:
        return original_all_items(self)
    attr, value = wanted
    cache = getattr(self, "_bench_cache", None)
    if cache is None or cache[0] != WRITES[0]:
        cache = (WRITES[0], {})
        self._bench_cache = cache
    groups = cache[1].get(attr)
    if groups is None:
        groups = {}
        for item in original_all_items(self):
            v = item.attrs.get(attr)
            if v is not None:
                groups.setdefault(key_of(v), []).append(item)
        cache[1][attr] = groups
    return list(groups.get(key_of(value), []))


def query(self, hash_key, *args, **kwargs):
    index_name = kwargs.get("index_name")
    wanted = None
    if index_name:
        indexes = {i.name: i for i in self.all_indexes()}
        index = indexes.get(index_name)
        hashes = [k["AttributeName"] for k in index.schema if k["KeyType"] == "HASH"] if index else []
        conditions = kwargs.get("hash_key_conditions") or []
        if len(hashes) == 1:
            if conditions and len(conditions) == 1 and conditions[0][0] == hashes[0]:
                wanted = (hashes[0], conditions[0][1])
            elif not conditions and hash_key is not None:
                wanted = (hashes[0], hash_key)
    LOCAL.wanted = wanted
    try:
        return original_query(self, hash_key, *args, **kwargs)
    finally:
        LOCAL.wanted = None


Table.all_items = all_items
Table.query = query

app = DomainDispatcherApplication(create_backend_app)
lock = threading.Lock()


def one_at_a_time(environ, start_response):
    with lock:
        return list(app(environ, start_response))


run_simple("127.0.0.1", int(sys.argv[1]), one_at_a_time, threaded=True)
