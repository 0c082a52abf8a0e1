"""Third-party consumer check: reads COUNT records of TOPIC with confluent-kafka (Debian python3-confluent-kafka)
and decodes each value with its Avro MessageSerializer, which fetches the writer schema from the schema registry's
Confluent API by the id in the record (no newsstream code involved). Keys are plain strings.

Prints the records as a JSON array on stdout: [{key, partition, offset, value}, ...]; timestamps as epoch millis.
Usage: python3 read_articles.py BOOTSTRAP REGISTRY_URL TOPIC [COUNT=1] [TIMEOUT_S=60]
Needs: python3-confluent-kafka python3-avro python3-requests (the legacy Avro API; fastavro is not in Debian 12).
"""
import datetime
import json
import sys
import time

from confluent_kafka import Consumer
from confluent_kafka.avro.cached_schema_registry_client import CachedSchemaRegistryClient
from confluent_kafka.avro.serializer.message_serializer import MessageSerializer


def to_json(value):
    if isinstance(value, datetime.datetime):
        return int(value.timestamp() * 1000)
    if isinstance(value, bytes):
        return value.hex()
    raise TypeError("not JSON serialisable: %r" % (value,))


def main():
    if len(sys.argv) < 4:
        sys.exit("usage: read_articles.py BOOTSTRAP REGISTRY_URL TOPIC [COUNT] [TIMEOUT_S]")
    brokers, registry_url, topic = sys.argv[1:4]
    count = int(sys.argv[4]) if len(sys.argv) > 4 else 1
    timeout = float(sys.argv[5]) if len(sys.argv) > 5 else 60.0
    serializer = MessageSerializer(CachedSchemaRegistryClient({"url": registry_url}))
    consumer = Consumer({
        "bootstrap.servers": brokers,
        "group.id": "newsstream-interop-python-%d" % int(time.time() * 1000),
        "auto.offset.reset": "earliest",
        "enable.auto.commit": False,
        "isolation.level": "read_committed",
    })
    consumer.subscribe([topic])
    records = []
    deadline = time.monotonic() + timeout
    try:
        while len(records) < count and time.monotonic() < deadline:
            msg = consumer.poll(1.0)
            if msg is None:
                continue
            if msg.error():
                sys.exit("consume error: %s" % msg.error())
            records.append({
                "key": msg.key().decode("utf-8") if msg.key() is not None else None,
                "partition": msg.partition(),
                "offset": msg.offset(),
                "value": serializer.decode_message(msg.value(), is_key=False),
            })
    finally:
        consumer.close()
    print(json.dumps(records, default=to_json))
    if len(records) < count:
        sys.exit("only %d of %d record(s) arrived within %s s" % (len(records), count, timeout))


if __name__ == "__main__":
    main()
