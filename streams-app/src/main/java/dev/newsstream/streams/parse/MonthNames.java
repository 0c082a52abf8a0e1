package dev.newsstream.streams.parse;

import java.util.HashMap;
import java.util.Map;

/** Month words (full, genitive and abbreviated) in the languages we read dates in, and common zone abbreviations. */
final class MonthNames {
  private static final Map<String, Integer> MONTHS = new HashMap<>();
  private static final Map<String, Integer> ZONES = new HashMap<>();

  static {
    String[][] byMonth = {
        {"january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro",
            "januari", "stycznia", "styczeń", "январь", "января", "янв", "січня", "січень"},
        {"february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro",
            "fev", "februari", "lutego", "luty", "февраль", "февраля", "фев", "февр", "лютого", "лютий"},
        {"march", "mar", "märz", "maerz", "mrz", "mars", "marzo", "março", "marco", "maart", "marca", "marzec",
            "март", "марта", "мар", "березня", "березень"},
        {"april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "kwiecień", "апрель", "апреля",
            "апр", "квітня", "квітень"},
        {"may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "maj", "май", "мая", "травня", "травень"},
        {"june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "czerwiec", "июнь", "июня",
            "червня", "червень"},
        {"july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "lipiec", "июль",
            "июля", "липня", "липень"},
        {"august", "aug", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "sierpień", "август", "августа",
            "авг", "серпня", "серпень"},
        {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro",
            "września", "wrzesień", "сентябрь", "сентября", "сен", "сент", "вересня", "вересень"},
        {"october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out",
            "października", "październik", "октябрь", "октября", "окт", "жовтня", "жовтень"},
        {"november", "nov", "novembre", "noviembre", "novembro", "listopada", "listopad", "ноябрь", "ноября",
            "ноя", "нояб", "листопада", "листопад"},
        {"december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "dec", "diciembre", "dic",
            "dicembre", "dezembro", "grudnia", "grudzień", "декабрь", "декабря", "дек", "грудня", "грудень"}};
    for (int i = 0; i < byMonth.length; i++) {
      for (String name : byMonth[i]) {
        MONTHS.put(name, i + 1);
      }
    }
    Object[][] zones = {{"z", 0}, {"utc", 0}, {"gmt", 0}, {"wet", 0}, {"west", 1}, {"bst", 1}, {"cet", 1},
        {"mez", 1}, {"cest", 2}, {"mesz", 2}, {"eet", 2}, {"eest", 3}, {"msk", 3}, {"est", -5}, {"edt", -4},
        {"cst", -6}, {"cdt", -5}, {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7}, {"akst", -9},
        {"akdt", -8}, {"hst", -10}, {"jst", 9}, {"kst", 9}, {"aest", 10}, {"aedt", 11}, {"sgt", 8},
        // German western / eastern European (summer) time
        {"wez", 0}, {"wesz", 1}, {"oez", 2}, {"oesz", 3}};
    for (Object[] z : zones) {
      ZONES.put((String) z[0], (Integer) z[1] * 3600);
    }
  }

  /**
   * Generic zone names that follow summer time: the offset depends on the date, so they name a region, not an
   * offset. Written in capitals only (DateParsing checks): lower-case "et" is French and Latin "and".
   */
  private static final Map<String, java.time.ZoneId> REGIONS = Map.of(
      "et", java.time.ZoneId.of("America/New_York"), "ct", java.time.ZoneId.of("America/Chicago"),
      "mt", java.time.ZoneId.of("America/Denver"), "pt", java.time.ZoneId.of("America/Los_Angeles"),
      "akt", java.time.ZoneId.of("America/Anchorage"));

  private MonthNames() {}

  /** The region of a lower-case generic zone name that has summer time ("et": America/New_York), or null. */
  static java.time.ZoneId zoneRegion(String lowerAbbreviation) {
    return REGIONS.get(lowerAbbreviation);
  }

  /** 1-12 for a lower-case month word, or null. */
  static Integer month(String lowerWord) {
    return MONTHS.get(lowerWord);
  }

  static Integer zoneOffsetSeconds(String lowerAbbreviation) {
    return ZONES.get(lowerAbbreviation);
  }
}
