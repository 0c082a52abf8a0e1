#!/usr/bin/env bash
# Compares `newsstream lag --json` with LinkedIn Burrow on the same consumer group of the same broker.
#
# Burrow 1.2.1 (Debian package `burrow`) cannot read a Kafka 4 broker (it sends ListOffsets v0, removed in Kafka 4.0,
# and cannot decode the v4 offset-commit records Kafka 4 writes; see docs/LAG.md), so this script runs a Kafka
# ${KAFKA_COMPAT_VERSION} broker (resolved from Maven Central into ~/.m2), plus the ZooKeeper Burrow 1.2 needs.
# A fixture gives the group a known lag (7, 11, 15 on three partitions); both tools must report exactly that.
#
#   scripts/burrow-compare.sh            exit 0 when both agree, 1 when not; skips (exit 0) without Burrow
#   KEEP=1 scripts/burrow-compare.sh     keep the work directory (logs, configs)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KAFKA_COMPAT_VERSION="${KAFKA_COMPAT_VERSION:-3.9.1}"
burrow="$(command -v Burrow || command -v burrow || true)"
if [ -z "$burrow" ]; then
  echo "SKIPPED: Burrow is not installed (apt-get install -y burrow)"
  exit 0
fi
work="$(mktemp -d /tmp/burrow-compare.XXXXXX)"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  if [ "${KEEP:-0}" = 1 ]; then echo "work directory kept: $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
wait_port() { # PORT NAME LOG
  for _ in $(seq 1 60); do
    python3 -c 'import socket,sys; socket.create_connection(("127.0.0.1", int(sys.argv[1])), 1)' "$1" 2>/dev/null && return 0
    sleep 1
  done
  echo "$2 is not listening on $1; its log:"; tail -30 "$3"; exit 2
}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

echo "▶ resolving Kafka $KAFKA_COMPAT_VERSION (broker + ZooKeeper) from Maven Central"
cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>kafka-compat</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>$KAFKA_COMPAT_VERSION</version></dependency>
  </dependencies>
</project>
POM
mvn -B -q -f "$work/pom.xml" org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile="$work/cp.txt" >"$work/mvn.log" 2>&1 || { cat "$work/mvn.log"; exit 2; }
cp="$(cat "$work/cp.txt")"

jar="$root/cli/target/newsstream.jar"
if [ ! -f "$jar" ]; then
  echo "▶ building newsstream"
  (cd "$root" && mvn -B -q -DskipTests package)
fi

zk_port="$(free_port)"; kafka_port="$(free_port)"; http_port="$(free_port)"
bootstrap="127.0.0.1:$kafka_port"
echo "▶ starting ZooKeeper :$zk_port and Kafka $KAFKA_COMPAT_VERSION at $bootstrap"
java -Xmx256m -Dzookeeper.admin.enableServer=false -cp "$cp" org.apache.zookeeper.server.ZooKeeperServerMain \
  "$zk_port" "$work/zk" >"$work/zookeeper.log" 2>&1 &
pids+=($!)
wait_port "$zk_port" ZooKeeper "$work/zookeeper.log"
cat > "$work/server.properties" <<PROPS
broker.id=0
listeners=PLAINTEXT://127.0.0.1:$kafka_port
advertised.listeners=PLAINTEXT://127.0.0.1:$kafka_port
log.dirs=$work/kafka-logs
zookeeper.connect=127.0.0.1:$zk_port/kafka
offsets.topic.replication.factor=1
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
java -Xmx512m -cp "$cp" kafka.Kafka "$work/server.properties" >"$work/kafka.log" 2>&1 &
pids+=($!)
wait_port "$kafka_port" Kafka "$work/kafka.log"

topic=burrow-compare; group=burrow-compare-group
echo "▶ fixture: 10/15/20 records on 3 partitions, group commits 3/4/5 every second"
java -cp "$cp" "$root/scripts/burrow-compare/LagFixture.java" "$bootstrap" "$topic" "$group" 150 \
  >"$work/fixture.log" 2>&1 &
pids+=($!)
for i in $(seq 1 60); do
  grep -q "fixture ready" "$work/fixture.log" && break
  [ "$i" = 60 ] && { echo "fixture failed:"; cat "$work/fixture.log"; exit 2; }
  sleep 1
done

cat > "$work/burrow.toml" <<TOML
[general]
pidfile="$work/burrow.pid"
[logging]
level="info"
[zookeeper]
servers=["127.0.0.1:$zk_port"]
timeout=6
root-path="/burrow"
[client-profile.local]
client-id="burrow-compare"
kafka-version="2.1.0"
[cluster.local]
class-name="kafka"
servers=["$bootstrap"]
client-profile="local"
topic-refresh=5
offset-refresh=1
[consumer.local]
class-name="kafka"
cluster="local"
servers=["$bootstrap"]
client-profile="local"
start-latest=false
[httpserver.default]
address="127.0.0.1:$http_port"
[storage.default]
class-name="inmemory"
intervals=10
min-distance=1
[evaluator.default]
class-name="caching"
TOML
echo "▶ starting Burrow ($(dpkg-query -W -f='${Version}' burrow 2>/dev/null || echo '?'))"
"$burrow" -config-dir "$work" >"$work/burrow.log" 2>&1 &
pids+=($!)

burrow_url="http://127.0.0.1:$http_port/v3/kafka/local/consumer/$group/lag"
for i in $(seq 1 90); do
  if curl -fs "$burrow_url" -o "$work/burrow-lag.json" 2>/dev/null \
      && python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["status"]; sys.exit(0 if len(s["partitions"])==3 and all(p["current_lag"]>0 for p in s["partitions"]) else 1)' "$work/burrow-lag.json"; then
    break
  fi
  if [ "$i" = 90 ] || ! kill -0 "${pids[-1]}" 2>/dev/null; then
    echo "Burrow never reported the group; its log:"; tail -30 "$work/burrow.log"; exit 1
  fi
  sleep 1
done
sleep 2
curl -fs "$burrow_url" -o "$work/burrow-lag.json"
java -jar "$jar" lag -b "$bootstrap" -g "$group" --json --fail-on ERR >"$work/ours.json"

python3 - "$work/burrow-lag.json" "$work/ours.json" <<'PY'
import json, sys
burrow = json.load(open(sys.argv[1]))["status"]
ours = json.loads(open(sys.argv[2]).read().strip())["groups"][0]
truth = {0: 7, 1: 11, 2: 15}
b = {p["partition"]: p for p in burrow["partitions"]}
o = {p["partition"]: p for p in ours["partitions"]}
print(f"{'partition':>9} {'truth':>6} {'burrow':>7} {'ours':>5} {'ours seconds':>13}  burrow status / ours status")
ok = True
for part in sorted(truth):
    bl, ol = b[part]["current_lag"], o[part]["lag"]
    ok &= bl == ol == truth[part]
    print(f"{part:>9} {truth[part]:>6} {bl:>7} {ol:>5} {o[part]['lag_seconds']:>13}  {b[part]['status']} / {o[part]['status']}")
print(f"group: burrow {burrow['status']} totallag {burrow['totallag']}; ours {ours['status']} total_lag {ours['total_lag']}")
ok &= burrow["totallag"] == ours["total_lag"]
print("AGREE" if ok else "DISAGREE")
sys.exit(0 if ok else 1)
PY
