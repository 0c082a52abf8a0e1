import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Known lag for scripts/burrow-compare.sh (run with the java source launcher): creates TOPIC with 3 partitions,
 * writes 10 + 5p records to partition p, then commits offset 3 + p for GROUP every second for SECONDS seconds,
 * so that the true lag is 7, 11, 15 and a lag monitor that reads __consumer_offsets sees a steady commit stream.
 * Usage: LagFixture BOOTSTRAP TOPIC GROUP SECONDS
 */
public class LagFixture {
  public static void main(String[] args) throws Exception {
    String bootstrap = args[0];
    String topic = args[1];
    String group = args[2];
    long seconds = Long.parseLong(args[3]);
    Properties common = new Properties();
    common.put("bootstrap.servers", bootstrap);
    try (Admin admin = Admin.create(common)) {
      admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
    }
    Properties p = new Properties();
    p.putAll(common);
    p.put("key.serializer", StringSerializer.class.getName());
    p.put("value.serializer", StringSerializer.class.getName());
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      for (int partition = 0; partition < 3; partition++) {
        for (int i = 0; i < 10 + 5 * partition; i++) {
          producer.send(new ProducerRecord<>(topic, partition, "k" + i, "v" + i)).get();
        }
      }
    }
    Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
    for (int partition = 0; partition < 3; partition++) {
      commits.put(new TopicPartition(topic, partition), new OffsetAndMetadata(3 + partition));
    }
    Properties c = new Properties();
    c.putAll(common);
    c.put("group.id", group);
    c.put("enable.auto.commit", "false");
    c.put("key.deserializer", StringDeserializer.class.getName());
    c.put("value.deserializer", StringDeserializer.class.getName());
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(c)) {
      System.out.println("fixture ready: lag 7, 11, 15 on " + topic + " for group " + group);
      long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
      while (System.nanoTime() < end) {
        consumer.commitSync(commits);
        Thread.sleep(1000);
      }
    }
  }
}
