package dev.newsstream.streams.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LanguageDetectionTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "en|The council approved the plan on Monday after a long debate about costs, and officials said that work would start in the spring once the contracts were signed by the city.",
      "de|Die Bahn will ab dem Fahrplanwechsel im Dezember zusätzliche Fernzüge zwischen Hamburg und München einsetzen, die Fahrzeit verkürzt sich auf einigen Strecken um bis zu 25 Minuten.",
      "fr|La municipalité a présenté jeudi un plan visant à doubler la longueur de son réseau de pistes cyclables, avec des voies séparées de la circulation automobile pour les enfants.",
      "es|Los embalses de la cuenca alcanzaron esta semana el 58% de su capacidad, casi veinte puntos más que hace un año, gracias a las intensas lluvias registradas durante octubre.",
      "it|L'autorità portuale ha approvato il progetto di ampliamento del terminal container, che permetterà di accogliere navi lunghe fino a 400 metri a partire dal 2027 per il porto.",
      "ru|Три новые станции метро откроются в городе до конца декабря, сообщили во вторник в городской администрации, и они станут частью продления линии в северные районы.",
      // Not in the function-word lists: Lingua answers.
      "sv|Regeringen meddelade på tisdagen att den kommer att satsa mer pengar på järnvägen i norra Sverige under de kommande åren, något som välkomnades av flera kommuner.",
      "pl|Rada miasta zatwierdziła w poniedziałek plan budowy nowej linii tramwajowej, która połączy dworzec z osiedlami na północy miasta, a prace mają ruszyć wiosną."})
  void detectsCommonNewsLanguages(String code, String text) {
    assertThat(LanguageDetection.detect(text)).contains(code);
  }

  @Test
  void shortTextIsNotGuessed() {
    assertThat(LanguageDetection.detect("Hello there")).isEmpty();
    assertThat(LanguageDetection.resolve("fr", "Hello there")).isEqualTo("fr");
    assertThat(LanguageDetection.resolve(null, "")).isNull();
  }
}
