package dev.newsstream.streams.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A story's site is shown as people read it: an internationalised domain name in Unicode, one spelling for all. */
class StoryRoutingSiteTest {
  @Test
  void anInternationalisedHostIsShownInUnicodeWhicheverWayTheUrlSpellsIt() {
    assertThat(StoryRouting.site("https://www.xn--zeitung-mritz-4ob.example/lokales/f%C3%A4hre.html", null))
        .isEqualTo("zeitung-müritz.example");
    assertThat(StoryRouting.site(null, "https://www.zeitung-müritz.example/lokales/fähre.html"))
        .isEqualTo("zeitung-müritz.example");
    assertThat(StoryRouting.site("https://m.city-daily.example/a", null)).isEqualTo("city-daily.example");
    assertThat(StoryRouting.site("not a url", null)).isNull();
  }
}
