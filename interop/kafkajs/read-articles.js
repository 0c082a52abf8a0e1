// Third-party consumer check: reads COUNT records of TOPIC with kafkajs and decodes each value through the
// schema registry's Confluent API with @kafkajs/confluent-schema-registry (no newsstream code involved).
// Prints the records as a JSON array on stdout: [{key, partition, offset, magic, schemaId, value}, ...].
// Usage: node read-articles.js BOOTSTRAP REGISTRY_URL TOPIC [COUNT=1] [TIMEOUT_MS=60000]
'use strict';
const { Kafka, logLevel, CompressionTypes, CompressionCodecs } = require('kafkajs');
const { SchemaRegistry } = require('@kafkajs/confluent-schema-registry');
const fzstd = require('fzstd');

// newsstream writes zstd-compressed batches; kafkajs ships no zstd codec, so register a pure-JS decoder.
CompressionCodecs[CompressionTypes.ZSTD] = () => ({
  async compress() { throw new Error('this reader never compresses'); },
  async decompress(buffer) { return Buffer.from(fzstd.decompress(buffer)); },
});

async function main() {
  const [brokers, registryUrl, topic, countArg, timeoutArg] = process.argv.slice(2);
  if (!topic) {
    console.error('usage: node read-articles.js BOOTSTRAP REGISTRY_URL TOPIC [COUNT] [TIMEOUT_MS]');
    process.exit(2);
  }
  const count = Number(countArg || 1);
  const timeoutMs = Number(timeoutArg || 60000);
  const registry = new SchemaRegistry({ host: registryUrl });
  const kafka = new Kafka({ clientId: 'newsstream-interop-kafkajs', brokers: brokers.split(','), logLevel: logLevel.ERROR });
  // readUncommitted false (the default): only records of committed transactions, as our exactly-once app writes.
  const consumer = kafka.consumer({ groupId: `newsstream-interop-kafkajs-${Date.now()}`, readUncommitted: false });
  const records = [];
  let finish;
  const finished = new Promise((resolve) => { finish = resolve; });
  const timer = setTimeout(() => finish(), timeoutMs);
  let crash = null;
  consumer.on(consumer.events.CRASH, (event) => { crash = event.payload.error; finish(); });
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      const raw = message.value;
      records.push({
        key: message.key === null ? null : message.key.toString('utf8'),
        partition,
        offset: message.offset,
        magic: raw[0],
        schemaId: raw.readInt32BE(1),
        value: await registry.decode(raw),
      });
      if (records.length >= count) finish();
    },
  });
  await finished;
  clearTimeout(timer);
  await consumer.disconnect();
  if (crash) throw crash;
  // Longs arrive as numbers (timestamp-millis too); bytes as Buffers, printed as base64.
  process.stdout.write(JSON.stringify(records, (k, v) => (v && v.type === 'Buffer' ? Buffer.from(v.data).toString('base64') : v)) + '\n');
  if (records.length < count) {
    console.error(`only ${records.length} of ${count} record(s) arrived within ${timeoutMs} ms`);
    process.exit(1);
  }
}

main().catch((e) => { console.error('FAILED', e); process.exit(1); });
