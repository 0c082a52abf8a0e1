package dev.newsstream.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The text-or-binary rule: a few stray control bytes are text, real binary files are not. */
class PageSnifferBinaryTest {
  private static final String PARAGRAPH =
      "<p>Text with a NUL \0 byte and control \u0007\u001b chars in the middle, reported in London.</p>";

  @Test
  void anHtmlPageWithAFewNulAndControlBytesPerParagraphIsText() {
    byte[] page = ("<html><head><title>NUL\0title</title></head><body><article>" + PARAGRAPH.repeat(40)
        + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    assertThat(PageSniffer.looksBinary(page)).isFalse();
    assertThat(PageSniffer.kind(page)).isEqualTo(PageSniffer.Kind.HTML);
  }

  @Test
  void iso2022JpTextWithItsEscapeSequencesIsText() {
    byte[] jis = "日本語のニュース記事です。東京で会議が開かれた。".repeat(30).getBytes(java.nio.charset.Charset.forName("ISO-2022-JP"));
    assertThat(PageSniffer.looksBinary(jis)).isFalse();
  }

  @Test
  void realBinaryFilesStayBinary() throws Exception {
    BufferedImage image = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(7);
    for (int x = 0; x < 64; x++) {
      for (int y = 0; y < 64; y++) {
        image.setRGB(x, y, random.nextInt());
      }
    }
    for (String format : new String[] {"png", "jpg", "gif"}) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, format, out);
      assertThat(PageSniffer.looksBinary(out.toByteArray())).as(format).isTrue();
    }
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(gz)) {
      z.write(("<html><body>" + PARAGRAPH.repeat(400) + "</body></html>").getBytes(StandardCharsets.UTF_8));
    }
    assertThat(PageSniffer.looksBinary(gz.toByteArray())).as("gzip of a text page").isTrue();
    Path jar = Path.of(org.jsoup.Jsoup.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    byte[] head = new byte[8192];
    try (InputStream in = Files.newInputStream(jar)) {
      assertThat(PageSniffer.looksBinary(java.util.Arrays.copyOf(head, in.readNBytes(head, 0, head.length))))
          .as("the jsoup jar (zip)").isTrue();
    }
    try (InputStream in = String.class.getResourceAsStream("/java/lang/String.class")) {
      assertThat(PageSniffer.looksBinary(in.readAllBytes())).as("a class file").isTrue();
    }
    assertThat(PageSniffer.looksBinary(new byte[0])).isFalse();
  }
}
