package dev.newsstream.streams.enrich;

import java.util.List;

/**
 * The post-steps of a single-model tagger for a language written in a cased (Latin) script: German, French, Spanish.
 * The English ensemble runs the whole of {@link SpanRules}; the other languages' CRFs had none, so the review of 200
 * real pages found lower-case German adjectives ("deutsche", "brandenburgischen") tagged MISC. Here: a mention never
 * crosses a line break, and a mention with no capital letter is dropped: in a cased script a name has at least one
 * capital (German capitalises every noun, so this is weaker evidence there than in English, but never wrong for a
 * name; "von der Leyen" keeps its "L"); a one-word PERSON that is only the label of "Word: number" rows ("Level: 82")
 * is dropped ({@link CommonWordRules#fieldLabels}). Review 8 added {@link CasedSpanRules}: a glued article or
 * preposition is cut off a name ("àJean-Paul"), hyphen-joined parts of one type are one name ("Nordrhein-Westfalen"),
 * and, in German only, compound-noun parts and article-led one-word persons are repaired ("Benn-Gesetz", "die
 * Hacker") and (review 10) names in a product list are MISC ("die Modelle Fuchs, Yak und Scout").
 * Session 9: a lower-case word that is no name particle ends a PERSON, in every cased language ("Chirac le
 * surnommaitle Grand Con": {@link NameBoundaryRules#personWords}) and a MISC with a currency sign ("US$") is
 * dropped, and in Spanish and French a one-word PERSON after
 * an article is a title, after "en" a place, and one the text also writes in lower case a common noun
 * ({@link RomanceSpanRules}). Review 9 (#8) added {@link NameFragmentRules} (dangling dashes, l'Elysée as PERSON,
 * "Entree de Thomas Monconduit") and {@link SurnameTypeRules} (a full name's surname is that person throughout the
 * document). Not for Chinese, which has no case: {@link NerLanguages} does not wrap it.
 * Thread-safe as the wrapped tagger is; costs a pass over the mentions per document.
 */
final class CasedScriptTagger implements SpanTagger {
  private final SpanTagger model;
  private final boolean german;
  private final boolean romance;

  /**
   * @param model the language's CRF tagger (not null)
   * @param language its ISO 639-1 code ("de" turns on the German-only rules)
   */
  CasedScriptTagger(SpanTagger model, String language) {
    this.model = java.util.Objects.requireNonNull(model, "model");
    this.german = "de".equals(language);
    this.romance = "es".equals(language) || "fr".equals(language);
  }

  /** {@code model} wrapped, or null when there is none (the language's model did not fit in the heap). */
  static SpanTagger wrap(SpanTagger model, String language) {
    return model == null ? null : new CasedScriptTagger(model, language);
  }

  @Override
  public NerTagger.Tagging tag(String text) {
    NerTagger.Tagging raw = model.tag(text);
    List<TaggedSpan> spans = SpanRules.withoutCapitals(SpanRules.lineBreaks(raw.spans(), text), text);
    spans = CasedSpanRules.hyphenRuns(CasedSpanRules.gluedWords(spans, text), text);
    spans = NameBoundaryRules.currencies(NameBoundaryRules.personWords(spans, text), text);
    if (german) {
      spans = CasedSpanRules.articlePersons(CasedSpanRules.compoundModifiers(spans, text), text);
      spans = CasedSpanRules.productLists(spans, text); // review 10 (#6): "die Modelle Fuchs, Yak und Scout"
    } else if (romance) {
      spans = RomanceSpanRules.apply(spans, text);
    }
    spans = SurnameTypeRules.apply(NameFragmentRules.apply(spans, text), text); // review 9 (#8)
    spans = CommonWordRules.fieldLabels(spans, text);
    return new NerTagger.Tagging(spans, raw.tokens());
  }

  @Override
  public List<String> types() {
    return model.types();
  }
}
