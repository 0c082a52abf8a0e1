package dev.newsstream.producer.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Damaged archives: every readable record is still read, each damaged stretch is one failure with a reason. */
class ResyncingWarcReaderTest {
  @TempDir Path dir;

  private List<FeedItem> read(String name, byte[] bytes) throws Exception {
    Path file = Files.write(dir.resolve(name), bytes);
    List<FeedItem> items = new ArrayList<>();
    try (PageFeed feed = FeedFormat.AUTO.open(file, null, new RawPageFactory("t", 1 << 20))) {
      feed.forEachRemaining(items::add);
    }
    return items;
  }

  private static List<String> pageUrls(List<FeedItem> items) {
    return items.stream().filter(FeedItem.Page.class::isInstance).map(i -> ((FeedItem.Page) i).page().getUrl()).toList();
  }

  private static List<String> failures(List<FeedItem> items) {
    return items.stream().filter(FeedItem.Invalid.class::isInstance).map(i -> ((FeedItem.Invalid) i).error()).toList();
  }

  private static List<String> warnings(List<FeedItem> items) {
    return items.stream().filter(FeedItem.Warning.class::isInstance).map(i -> ((FeedItem.Warning) i).message()).toList();
  }

  @Test
  void aTruncatedRecordInTheMiddleCostsOnlyItself() throws Exception {
    List<byte[]> records = DamagedWarcs.responses(4, false);
    records.set(1, Arrays.copyOf(records.get(1), records.get(1).length / 2)); // cut inside record 2's block
    List<FeedItem> items = read("t.warc", DamagedWarcs.concat(records));
    assertThat(pageUrls(items)).containsExactly(DamagedWarcs.url(1), DamagedWarcs.url(3), DamagedWarcs.url(4));
    assertThat(failures(items)).hasSize(1);
  }

  @Test
  void aTooShortContentLengthLosesNoLaterRecord() throws Exception {
    List<byte[]> records = DamagedWarcs.responses(3, false);
    records.set(1, withContentLengthChangedBy(records.get(1), -40));
    byte[] bytes = DamagedWarcs.concat(records);
    List<FeedItem> items = read("short.warc", bytes);
    assertThat(pageUrls(items)).containsExactly(DamagedWarcs.url(1), DamagedWarcs.url(2), DamagedWarcs.url(3));
    // The 40 bytes left over are a framing gap, not a lost page: a warning with the range, no failure.
    assertThat(failures(items)).isEmpty();
    long third = records.get(0).length + records.get(1).length;
    // 44 = the 40 bytes of body past the Content-Length and the record's closing CRLF CRLF.
    assertThat(warnings(items)).containsExactly("framing gap: bytes " + (third - 44) + "-" + third + " after the"
        + " record at byte " + records.get(0).length + " hold no record (its Content-Length is probably too short:"
        + " it was sent without them); reading resumed at the record at byte " + third);
  }

  @Test
  void aTooLongContentLengthThatSwallowsTheNextRecordStartIsReadAgainFromThere() throws Exception {
    List<byte[]> records = DamagedWarcs.responses(4, false);
    records.set(1, withContentLengthChangedBy(records.get(1), 200)); // runs 200 bytes into record 3
    List<FeedItem> items = read("long.warc", DamagedWarcs.concat(records));
    assertThat(pageUrls(items)).containsExactly(DamagedWarcs.url(1), DamagedWarcs.url(2), DamagedWarcs.url(3),
        DamagedWarcs.url(4));
    assertThat(failures(items)).as("no record lost").isEmpty();
    assertThat(warnings(items)).hasSize(1).allSatisfy(f -> assertThat(f).contains("wrong Content-Length"));
  }

  @Test
  void aTooLongContentLengthInsideAGzipMemberDoesNotSwallowTheNextMembers() throws Exception {
    List<byte[]> records = DamagedWarcs.responses(4, false);
    records.set(1, withContentLengthChangedBy(records.get(1), 5000)); // runs far into the members after it
    List<byte[]> members = new ArrayList<>();
    for (byte[] r : records) {
      members.add(WarcFixtures.gzip(r));
    }
    List<FeedItem> items = read("long.warc.gz", DamagedWarcs.concat(members));
    assertThat(pageUrls(items)).contains(DamagedWarcs.url(1), DamagedWarcs.url(3), DamagedWarcs.url(4));
    assertThat(failures(items)).hasSize(1);
  }

  @Test
  void garbageBetweenRecordsIsOneWarningAndReadingGoesOn() throws Exception {
    List<byte[]> records = new ArrayList<>(DamagedWarcs.responses(2, false));
    records.add(1, "this is not a record\r\n".repeat(20).getBytes(StandardCharsets.US_ASCII));
    List<FeedItem> items = read("g.warc", DamagedWarcs.concat(records));
    assertThat(pageUrls(items)).containsExactly(DamagedWarcs.url(1), DamagedWarcs.url(2));
    assertThat(failures(items)).as("no record header in it: no record lost").isEmpty();
    assertThat(warnings(items)).hasSize(1).allSatisfy(f -> assertThat(f).startsWith("framing gap: bytes "));
  }

  @Test
  void aStretchHoldingARecordHeaderIsALostRecordNotAGap() throws Exception {
    List<byte[]> records = new ArrayList<>(DamagedWarcs.responses(3, false));
    byte[] second = records.get(1).clone();
    second[0] = 'X'; // "XARC/1.0": its header cannot be found as a record start, so the record is lost
    records.set(1, second);
    List<FeedItem> items = read("lost.warc", DamagedWarcs.concat(records));
    assertThat(pageUrls(items)).containsExactly(DamagedWarcs.url(1), DamagedWarcs.url(3));
    assertThat(failures(items)).hasSize(1).allSatisfy(f -> assertThat(f).startsWith("unreadable WARC bytes"));
    assertThat(warnings(items)).isEmpty();
  }

  @Test
  void aDamagedGzipMemberIsSkippedToTheNextMember() throws Exception {
    List<byte[]> records = DamagedWarcs.responses(4, true);
    byte[] bad = records.get(1).clone();
    for (int i = 20; i < bad.length - 10; i++) {
      bad[i] = (byte) (bad[i] ^ 0x5a); // deflate data garbled, header intact
    }
    records.set(1, bad);
    List<FeedItem> items = read("m.warc.gz", DamagedWarcs.concat(records));
    assertThat(pageUrls(items)).containsExactly(DamagedWarcs.url(1), DamagedWarcs.url(3), DamagedWarcs.url(4));
    assertThat(failures(items)).hasSize(1).allSatisfy(f -> assertThat(f).startsWith("unreadable gzip member"));
  }

  @Test
  void aTruncatedGzipFileKeepsTheMembersBeforeTheCut() throws Exception {
    List<byte[]> records = DamagedWarcs.responses(3, true);
    records.set(2, Arrays.copyOf(records.get(2), records.get(2).length - 30));
    List<FeedItem> items = read("cut.warc.gz", DamagedWarcs.concat(records));
    assertThat(pageUrls(items)).containsExactly(DamagedWarcs.url(1), DamagedWarcs.url(2));
    assertThat(failures(items)).hasSize(1);
  }

  @Test
  void zeroPaddingAfterTheLastGzipMemberIsNotDamageButGarbageIs() throws Exception {
    List<byte[]> records = new ArrayList<>(DamagedWarcs.responses(2, true));
    records.add(new byte[512]);
    List<FeedItem> padded = read("pad.warc.gz", DamagedWarcs.concat(records));
    assertThat(pageUrls(padded)).containsExactly(DamagedWarcs.url(1), DamagedWarcs.url(2));
    assertThat(failures(padded)).isEmpty();
    records.set(2, "trailing garbage that is not a gzip member".getBytes(StandardCharsets.US_ASCII));
    List<FeedItem> garbage = read("garbage.warc.gz", DamagedWarcs.concat(records));
    assertThat(pageUrls(garbage)).containsExactly(DamagedWarcs.url(1), DamagedWarcs.url(2));
    assertThat(failures(garbage)).hasSize(1);
  }

  @Test
  void gzipMembersThatDoNotAlignWithRecordsAreStillReadAsOneStream() throws Exception {
    byte[] plain = DamagedWarcs.concat(DamagedWarcs.responses(3, false));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int from = 0; from < plain.length; from += 300) { // members cut every 300 bytes, across records
      out.writeBytes(WarcFixtures.gzip(Arrays.copyOfRange(plain, from, Math.min(plain.length, from + 300))));
    }
    List<FeedItem> items = read("chunks.warc.gz", out.toByteArray());
    assertThat(pageUrls(items)).containsExactly(DamagedWarcs.url(1), DamagedWarcs.url(2), DamagedWarcs.url(3));
    assertThat(failures(items)).isEmpty();
  }

  @Test
  void oldWarcWithLfOnlyHeaderLinesIsReadLeniently() throws Exception {
    StringBuilder warc = new StringBuilder();
    for (int i = 1; i <= 2; i++) {
      String http = "HTTP/1.1 200 OK\nContent-Type: text/html\n\n" + DamagedWarcs.html(i);
      warc.append("WARC/0.18\nWARC-Type: response\nWARC-Target-URI: ").append(DamagedWarcs.url(i))
          .append("\nWARC-Date: 2025-11-25T10:15:30Z\nWARC-Record-ID: <urn:uuid:0000000" + i
              + "-0000-4000-8000-000000000000>\nContent-Type: application/http; msgtype=response\nContent-Length: ")
          .append(http.getBytes(StandardCharsets.UTF_8).length).append("\n\n").append(http).append("\n\n");
    }
    List<FeedItem> items = read("old.warc", warc.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(pageUrls(items)).containsExactly(DamagedWarcs.url(1), DamagedWarcs.url(2));
    assertThat(failures(items)).isEmpty();
  }

  /** The record with its WARC Content-Length header changed by {@code delta} (the block itself unchanged). */
  static byte[] withContentLengthChangedBy(byte[] record, int delta) {
    String text = new String(record, StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("Content-Length: (\\d+)\r\n").matcher(text);
    assertThat(m.find()).isTrue();
    long length = Long.parseLong(m.group(1)) + delta;
    return (text.substring(0, m.start(1)) + length + text.substring(m.end(1))).getBytes(StandardCharsets.ISO_8859_1);
  }
}
