package dev.newsstream.streams.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 7's kinds on the real English models (own wire-style text, not from any dev or test set): each line was
 * wrong before its rule (dateline glued to the sentence, topic slug, all-caps repeat, affiliation acronym, full
 * name and surname), and look-alikes that must stay as they are. Loads the three English models (~310 MB).
 */
class WireCopyKindsTest {
  private static List<String> found(String text) {
    EnsembleTagger ner = NerModel.ensemble(new NerTagger(NerModel.shared(), 0), 0);
    return ner.tag(text).spans().stream().filter(s -> s.confidence() >= 0.5).map(s -> s.surface(text) + "/" + s.type())
        .toList();
  }

  @Test
  void headlineKindsComeOutRight() {
    String text = "GOLF - LEHMAN LEADS IN SUN CITY .\n\nRUGBY UNION - WALES FACE AUSTRALIA .\n\n"
        + "BRUSSELS (Reuters) - European Commission President Ursula von der Leyen said on Monday the bloc would act."
        + "\n\nAmerican Tom Lehman shot a 67 to take a two-stroke lead . Lehman said he was happy .";
    List<String> found = found(text);
    assertThat(found).contains("LEHMAN/PERSON", "WALES/LOCATION", "BRUSSELS/LOCATION", "Reuters/ORGANIZATION",
        "European Commission/ORGANIZATION", "Tom Lehman/PERSON");
    assertThat(found).noneMatch(s -> s.startsWith("RUGBY"));
  }

  @Test
  void affiliationAndFullNameKindsComeOutRight() {
    String text = "Elected were Ann Chiang of DAB and Gary Chan of DAB. DAB's Starry Lee also won. "
        + "Ernie Els of South Africa watched.\n\n"
        + "Romelu Lukaku, Yannick Carrasco, and Dries Mertens made early attempts. Dries Mertens's attempt in the "
        + "18th minute failed. Just two minutes in the second half, Dries Mertens scored a goal from a volley.";
    List<String> found = found(text);
    assertThat(found).contains("DAB/ORGANIZATION", "Ann Chiang/PERSON", "South Africa/LOCATION", "Ernie Els/PERSON")
        .doesNotContain("Mertens/PERSON", "Dries Mertens/ORGANIZATION");
    assertThat(found.stream().filter(s -> s.equals("Dries Mertens/PERSON"))).hasSize(3);
  }

  /** Session 8's kinds (SportsRules, the agency slot, programs written in lower case), own text in wire style. */
  @Test
  void sportsAgencyAndProgramKindsComeOutRight() {
    String text = "SOCCER - ENGLISH LEAGUE RESULTS .\n\nLONDON 1996-12-07\n\n"
        + "Results of English league matches on Saturday :\n\nBarnsley 2 Wolverhampton 1\n\nBolton 3 Port Vale 1\n\n"
        + "Oldham 1 Reading 2\n\nStoke 1 Tranmere 1\n\n"
        + "Norwich were held to a goalless draw at home to Crystal Palace , leaving Bolton clear at the top .\n\n"
        + "Japan beat Syria 2-1 in Al Ain on Friday .\n\n"
        + "The finance minister told the Polish news agency PAP that the deficit would shrink .\n\n"
        + "Tasnim news agency said the drills would last three days . Pajhwok news agency reported fighting .\n\n"
        + "Install the proxy with sudo apt install nginx . Nginx then handled the load , Maria Lopez said .";
    List<String> found = found(text);
    assertThat(found).contains("Barnsley/ORGANIZATION", "Bolton/ORGANIZATION", "Reading/ORGANIZATION",
        "Norwich/ORGANIZATION", "Tasnim/ORGANIZATION", "Pajhwok/ORGANIZATION", "Maria Lopez/PERSON")
        // Look-alikes: the dateline's city and national sides stay places, the nationality stays MISC.
        .contains("LONDON/LOCATION", "Japan/LOCATION", "Syria/LOCATION")
        .doesNotContain("Bolton/PERSON", "Barnsley/LOCATION", "Nginx/PERSON", "Polish/ORGANIZATION");
  }

  /** Session 10's kinds (given-name syllables, innings, a generic head reached by propagation), own text. */
  @Test
  void givenNameInningsAndGenericHeadKindsComeOutRight() {
    String text = "CRICKET - SHIELD SCORES .\n\nHOBART , Australia 1996-12-06\n\n"
        + "Close of play in the four-day match between Tasmania and Victoria :\n\n"
        + "Tasmania 352 for three ( David Boon 106 not out )\n\nPakistan 283 for five v New Zealand .\n\n"
        + "South Korean President Moon Jae-in met Joe Biden-style campaigners .\n\n"
        + "The Church said it would appeal . She has claimed that the Church of Scientology imprisoned her .";
    List<String> found = found(text);
    assertThat(found).contains("Tasmania/ORGANIZATION", "Victoria/ORGANIZATION", "David Boon/PERSON",
        "Moon Jae-in/PERSON", "Church of Scientology/ORGANIZATION")
        // Look-alikes: a national side stays a place, an English compound stays off the name.
        .contains("Pakistan/LOCATION", "Joe Biden/PERSON")
        .doesNotContain("Tasmania/LOCATION", "Moon Jae/PERSON", "Joe Biden-style/PERSON");
  }
}
