package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParsingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // ISO-8601 and RFC 1123, offsets kept
      "2025-11-25T09:57:00+03:00                  | 2025-11-25T09:57+03:00",
      "2025-11-25T09:57+0000                      | 2025-11-25T09:57Z",
      "2025-11-25T09:57:12.123Z                   | 2025-11-25T09:57:12.123Z",
      "2025-11-25 09:57:00                        | 2025-11-25T09:57Z",
      "2025-11-25                                 | 2025-11-25T00:00Z",
      "Tue, 25 Nov 2025 09:57:00 GMT              | 2025-11-25T09:57Z",
      // English
      "June 2, 2025 at 5:05 p.m. EDT              | 2025-06-02T17:05-04:00",
      "Nov. 25, 2025 9:57 AM EST                  | 2025-11-25T09:57-05:00",
      "Updated 1:45 PM UTC, July 9, 2025          | 2025-07-09T13:45Z",
      "Wed 7 May 2025 12.00 BST                   | 2025-05-07T12:00+01:00",
      "25th November 2025                         | 2025-11-25T00:00Z",
      "11/25/2025                                 | 2025-11-25T00:00Z",
      // German
      "25.11.2025, 14.30 Uhr                      | 2025-11-25T14:30Z",
      "Dienstag, 25. November 2025, 14:30 Uhr     | 2025-11-25T14:30Z",
      "3. März 2025 um 08:15 MEZ                  | 2025-03-03T08:15+01:00",
      // French
      "Publié le 3 octobre 2025 à 09h57           | 2025-10-03T09:57Z",
      "mardi 25 novembre 2025                     | 2025-11-25T00:00Z",
      "1er février 2025                           | 2025-02-01T00:00Z",
      // Spanish, Italian, Portuguese, Dutch, Polish
      "12 nov 2025 - 09:57 CET                    | 2025-11-12T09:57+01:00",
      "12 de noviembre de 2025                    | 2025-11-12T00:00Z",
      "4 settembre 2025 ore 11:20                 | 2025-09-04T11:20Z",
      "5 de março de 2025                         | 2025-03-05T00:00Z",
      "14 augustus 2025                           | 2025-08-14T00:00Z",
      "7 października 2025                        | 2025-10-07T00:00Z",
      // Russian and Ukrainian (genitive month names)
      "25 ноября 2025, 09:57                      | 2025-11-25T09:57Z",
      "1 марта 2025 г., 18:00 MSK                 | 2025-03-01T18:00+03:00",
      "9 вересня 2025                             | 2025-09-09T00:00Z",
      "2025-01-02 10:00 GMT+2                     | 2025-01-02T10:00+02:00"})
  void readsDatesInManyFormatsAndLanguages(String raw, String expected) {
    assertThat(DateParsing.parseOffset(raw)).contains(OffsetDateTime.parse(expected));
  }

  /** Generic zone words take their region's offset on that date (summer time); German "Uhr MESZ". */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Published March 10, 2024 11:30 PM ET       | 2024-03-10T23:30-04:00",
      "March 9, 2024 11:30 PM ET                  | 2024-03-09T23:30-05:00",
      "Nov. 25, 2025 9:57 a.m. PT                 | 2025-11-25T09:57-08:00",
      "July 4, 2025, 8 PM CT                      | 2025-07-04T20:00-05:00",
      "Jan 5, 2025 10:00 MT                       | 2025-01-05T10:00-07:00",
      "31.03.2024, 14:30 Uhr MESZ                 | 2024-03-31T14:30+02:00",
      "12.01.2024, 09:15 Uhr MEZ                  | 2024-01-12T09:15+01:00",
      "12.07.2024, 09:15 OESZ                     | 2024-07-12T09:15+03:00",
      // look-alikes: French "et" (and) after a time is no zone; nor is "ET" away from the time
      "mardi 25 novembre 2025 à 9h57 et mis à jour | 2025-11-25T09:57Z",
      "25 novembre 2025 à 9h57 Et voilà           | 2025-11-25T09:57Z"})
  void zoneWordsWithSummerTime(String raw, String expected) {
    assertThat(DateParsing.parseOffset(raw)).contains(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "5 hours ago", "Page 2 of 10", "31.02.2025", "1850-01-01",
      "Call 0800 123 4567", "2025"})
  void refusesWhatIsNotADate(String raw) {
    assertThat(DateParsing.parseOffset(raw)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-11-25T09:57+0000", "2025-11-25", "2025-11-25 09:57:00"})
  void recognisesIsoLinesOfTheTextDump(String raw) {
    assertThat(DateParsing.looksLikeIsoDate(raw)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // Unix epoch seconds and milliseconds (JSON-LD numbers, meta content, data-timestamp attributes): UTC instants
      "1732528620        | 2024-11-25T09:57Z",
      "1732528620000     | 2024-11-25T09:57Z",
      "1732528620.5      | 2024-11-25T09:57Z",
      "946684800         | 2000-01-01T00:00Z"})
  void epochSecondsAndMillis(String raw, String expected) {
    assertThat(DateParsing.parseOffset(raw)).contains(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"20251125", "12345", "99999999999", "4133980800"})
  void numbersThatAreNotEpochInstantsOfNews(String raw) {
    // 8 digits is a compact date or an id, 11 digits neither unit, 4133980800 is in 2101
    assertThat(DateParsing.parseOffset(raw)).isEmpty();
  }
}
