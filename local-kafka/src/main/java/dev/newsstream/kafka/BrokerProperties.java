package dev.newsstream.kafka;

import java.nio.file.Path;
import java.util.Properties;

/** server.properties for one combined broker+controller node, sized for one machine. */
final class BrokerProperties {
  private BrokerProperties() {}

  static Properties singleNode(Path logDir, int brokerPort, int controllerPort) {
    Properties p = new Properties();
    p.setProperty("process.roles", "broker,controller");
    p.setProperty("node.id", "1");
    p.setProperty("controller.quorum.bootstrap.servers", "localhost:" + controllerPort);
    p.setProperty("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
    p.setProperty("controller.listener.names", "CONTROLLER");
    p.setProperty("inter.broker.listener.name", "PLAINTEXT");
    p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_PLAINTEXT:SASL_PLAINTEXT,SASL_SSL:SASL_SSL");
    p.setProperty("log.dirs", logDir.toString());
    p.setProperty("num.partitions", "1");
    // One node: every internal topic (offsets, transactions, streams' own) must have replication factor 1.
    p.setProperty("offsets.topic.replication.factor", "1");
    p.setProperty("offsets.topic.num.partitions", "4");
    p.setProperty("transaction.state.log.replication.factor", "1");
    p.setProperty("transaction.state.log.min.isr", "1");
    p.setProperty("transaction.state.log.num.partitions", "4");
    p.setProperty("share.coordinator.state.topic.replication.factor", "1");
    p.setProperty("share.coordinator.state.topic.min.isr", "1");
    p.setProperty("default.replication.factor", "1");
    p.setProperty("min.insync.replicas", "1");
    p.setProperty("group.initial.rebalance.delay.ms", "0");
    p.setProperty("auto.create.topics.enable", "false");
    p.setProperty("log.flush.interval.messages", "9223372036854775807");
    p.setProperty("num.network.threads", "2");
    p.setProperty("num.io.threads", "2");
    p.setProperty("background.threads", "2");
    p.setProperty("message.max.bytes", "8388608");
    return p;
  }

  /**
   * A second listener with SCRAM-SHA-256: SASL_PLAINTEXT, or SASL_SSL with the broker's keystore from {@link LocalTls}
   * when {@code tls} is given. Brokers still talk to each other over PLAINTEXT.
   */
  static void addScramListener(Properties p, int brokerPort, int controllerPort, int saslPort, LocalTls tls) {
    String protocol = tls == null ? "SASL_PLAINTEXT" : "SASL_SSL";
    String listener = "listener.name." + protocol.toLowerCase(java.util.Locale.ROOT) + ".";
    p.setProperty("listeners", "PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort
        + "," + protocol + "://localhost:" + saslPort);
    p.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort + "," + protocol + "://localhost:"
        + saslPort);
    p.setProperty("sasl.enabled.mechanisms", "SCRAM-SHA-256");
    p.setProperty(listener + "sasl.enabled.mechanisms", "SCRAM-SHA-256");
    p.setProperty(listener + "scram-sha-256.sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    if (tls != null) {
      p.setProperty(listener + "ssl.keystore.type", "PKCS12");
      p.setProperty(listener + "ssl.keystore.location", tls.keystore().toString());
      p.setProperty(listener + "ssl.keystore.password", tls.password());
      p.setProperty(listener + "ssl.key.password", tls.password());
    }
  }
}
