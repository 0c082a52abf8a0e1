package dev.newsstream.schema.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class ConfluentWireFormatTest {

  @Test
  void headerIsMagicByteThenBigEndianId() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ConfluentWireFormat.writeHeader(out, 0x01020304);
    assertThat(out.toByteArray()).containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void schemaIdReadsBackWhatTheHeaderWrote() {
    for (int id : new int[] {1, 255, 256, 65_537, Integer.MAX_VALUE}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ConfluentWireFormat.writeHeader(out, id);
      out.write(42); // first byte of an Avro body
      assertThat(ConfluentWireFormat.schemaId(out.toByteArray())).isEqualTo(id);
    }
  }

  @Test
  void plainAvroIsRejectedWithAClearMessage() {
    byte[] plainAvro = {0x0a, 'h', 'e', 'l', 'l', 'o'};
    assertThatThrownBy(() -> ConfluentWireFormat.schemaId(plainAvro))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("first byte is 0x0a").hasMessageContaining("magic byte 0x00");
  }

  @Test
  void tooShortForAHeaderIsRejected() {
    assertThatThrownBy(() -> ConfluentWireFormat.schemaId(new byte[] {0, 0, 1}))
        .isInstanceOf(SerializationException.class).hasMessageContaining("3 byte(s)");
  }
}
