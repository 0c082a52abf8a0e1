package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/**
 * Session 10 (issue 16 item 5): {@link TextNormalizer#contentHash} reuses one SHA-256 digest per thread instead of
 * looking one up per page. Each hash must equal a fresh digest's, whatever was hashed before on the thread.
 */
class ContentHashDigestTest {
  @Property(tries = 500)
  void aReusedDigestGivesTheHashOfAFreshOne(@ForAll @StringLength(max = 200) List<String> texts) throws Exception {
    for (String text : texts) {
      byte[] fresh = MessageDigest.getInstance("SHA-256")
          .digest(TextNormalizer.normalize(text).getBytes(StandardCharsets.UTF_8));
      assertThat(TextNormalizer.contentHash(text)).isEqualTo(HexFormat.of().formatHex(fresh));
    }
  }
}
