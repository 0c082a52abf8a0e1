package dev.newsstream.bench.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConlluEntityReaderTest {
  private static final Path SAMPLE = Path.of("src/test/resources/ner-gum-sample/sample.conllu");

  private static List<String> named(GoldDocument d) {
    return d.gold().stream().map(s -> d.text().substring(s.start(), s.end()) + "/" + s.type()).toList();
  }

  @Test
  void readsDocumentsTextAndNamedMentionsOfTheGumBracketNotation() throws IOException {
    List<GoldDocument> docs = ConlluEntityReader.read(SAMPLE);
    assertThat(docs).extracting(GoldDocument::id).containsExactly("first", "second");
    GoldDocument first = docs.get(0);
    // SpaceAfter=No is honoured; sentences are separated by a blank line.
    assertThat(first.text()).isEqualTo("The United States and Kaja Kallas met in Geneva.\n\n"
        + "Her office, the EU's foreign service, said nothing.");
    assertThat(first.tokens()).isEqualTo(22);
    // "the United States" scores as its proper-noun run; "Her", "Her office", "the EU's foreign service" and
    // "nothing" are not named; nested "(...(...)" and both closer styles ("1)", "person-2)") are read.
    assertThat(named(first)).containsExactly("United States/LOCATION", "Kaja Kallas/PERSON", "Geneva/LOCATION",
        "EU/ORGANIZATION");
    assertThat(named(docs.get(1))).containsExactly("Vladimir Putin/PERSON", "Moscow/LOCATION");
    assertThat(docs.get(1).text()).isEqualTo("Vladimir Putin spoke in Moscow.");
  }

  @Test
  void theGlobalEntityCommentSetsTheFieldOrder(@TempDir Path dir) throws IOException {
    // CorefUD order: entity id first, type second.
    Path f = dir.resolve("corefud.conllu");
    Files.writeString(f, String.join("\n",
        "# global.Entity = eid-etype-head-other",
        "# newdoc id = d1",
        "1\tAngela\tAngela\tPROPN\tNNP\t_\t3\tnsubj\t_\tEntity=(e5-person-2",
        "2\tMerkel\tMerkel\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=e5)",
        "3\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_",
        "4\tBerlin\tBerlin\tPROPN\tNNP\t_\t3\tobj\t_\tEntity=(e6-place-1)",
        "", ""));
    List<GoldDocument> docs = ConlluEntityReader.read(f);
    assertThat(docs).extracting(GoldDocument::id).containsExactly("d1");
    assertThat(named(docs.get(0))).containsExactly("Angela Merkel/PERSON", "Berlin/LOCATION");
  }

  @Test
  void aCloserWithoutAnOpenMentionIsAnErrorWithTheLine(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.conllu");
    Files.writeString(bad, "1\tParis\tParis\tPROPN\tNNP\t_\t0\troot\t_\tEntity=9)\n\n");
    assertThatThrownBy(() -> ConlluEntityReader.read(bad)).isInstanceOf(IOException.class)
        .hasMessageContaining("bad.conllu:1").hasMessageContaining("9)");
    Path short_ = dir.resolve("short.conllu");
    Files.writeString(short_, "1\tParis\tPROPN\n");
    assertThatThrownBy(() -> ConlluEntityReader.read(short_)).isInstanceOf(IOException.class)
        .hasMessageContaining("10 tab-separated columns");
  }

  /** One sentence of CoNLL-U from rows "id form upos xpos head deprel misc" (spaces between the fields). */
  private static List<GoldDocument> sentence(Path dir, String... rows) throws IOException {
    StringBuilder sb = new StringBuilder("# global.Entity = GRP-etype-infstat\n# newdoc id = d\n");
    for (String row : rows) {
      String[] f = row.split(" ");
      String feats = f[3].equals("NNPS") ? "Number=Plur" : "_";
      sb.append(String.join("\t", f[0], f[1], f[1], f[2], f[3], feats, f[4], f[5], "_", f[6])).append('\n');
    }
    Path file = dir.resolve("s.conllu");
    Files.writeString(file, sb.append('\n').toString());
    return ConlluEntityReader.read(file);
  }

  @Test
  void aPossessiveInAMultiWordTokenStaysOutsideTheName(@TempDir Path dir) throws IOException {
    List<GoldDocument> docs = sentence(dir,
        "1-2 Trump's _ _ _ _ _",
        "1 Trump PROPN NNP 3 nmod:poss Entity=(1-person-new)",
        "2 's PART POS 1 case _",
        "3 plan NOUN NN 0 root _");
    assertThat(docs.get(0).text()).isEqualTo("Trump's plan");
    assertThat(named(docs.get(0))).containsExactly("Trump/PERSON");
  }

  @Test
  void nestedMentionsAreBothKept(@TempDir Path dir) throws IOException {
    // GUM tags "United" VERB (fine tag NNP): the name is still "United States", not "States".
    List<GoldDocument> docs = sentence(dir,
        "1 the DET DT 4 det Entity=(1-organization-new",
        "2 United VERB NNP 3 amod Entity=(2-place-new",
        "3 States PROPN NNPS 4 compound Entity=2)",
        "4 Navy PROPN NNP 0 root Entity=1)");
    assertThat(named(docs.get(0))).containsExactlyInAnyOrder("United States Navy/ORGANIZATION",
        "United States/LOCATION");
  }

  @Test
  void titlesAndDeterminersAreOutsideTheNameOfJoinsAndCoordinationSplits(@TempDir Path dir) throws IOException {
    List<GoldDocument> docs = sentence(dir,
        "1 U.S. PROPN NNP 2 compound Entity=(1-person-new(2-place-new)",
        "2 President PROPN NNP 3 nmod:desc _",
        "3 Donald PROPN NNP 6 nsubj _",
        "4 Trump PROPN NNP 3 flat Entity=1)",
        "5 visited VERB VBD 0 root _",
        "6 the DET DT 7 det Entity=(3-organization-new",
        "7 Church PROPN NNP 5 obj _",
        "8 of ADP IN 9 case _",
        "9 Scientology PROPN NNP 7 nmod Entity=3)",
        "10 in ADP IN 11 case _",
        "11 Britain PROPN NNP 5 obl Entity=(4-place-new(5-place-new)",
        "12 and CCONJ CC 13 cc _",
        "13 France PROPN NNP 11 conj Entity=(6-place-new)4)");
    assertThat(named(docs.get(0))).containsExactlyInAnyOrder("U.S./LOCATION", "Donald Trump/PERSON",
        "Church of Scientology/ORGANIZATION", "Britain/LOCATION", "France/LOCATION");
  }

  @Test
  void pluralProperPersonMentionsAreGroupsAndEventsAreMisc(@TempDir Path dir) throws IOException {
    List<GoldDocument> docs = sentence(dir,
        "1 Muslims PROPN NNPS 2 nsubj Entity=(1-person-new)",
        "2 attended VERB VBD 0 root _",
        "3 the DET DT 6 det Entity=(2-event-new",
        "4 Google PROPN NNP 6 compound Entity=(3-organization-new)",
        "5 Science PROPN NNP 6 compound _",
        "6 Fair PROPN NNP 2 obj Entity=2)",
        "7 online ADV RB 2 advmod Entity=(4-abstract-new)");
    assertThat(named(docs.get(0))).containsExactlyInAnyOrder("Muslims/MISC", "Google Science Fair/MISC",
        "Google/ORGANIZATION");
  }

  @Test
  void capitalisedAdjectivesAndNamedObjectsAreRangesTheGoldCannotMarkAsMisc(@TempDir Path dir) throws IOException {
    List<GoldDocument> docs = sentence(dir,
        "1 Afghan ADJ JJ 2 amod _",
        "2 girls NOUN NNS 3 nsubj _",
        "3 won VERB VBD 0 root _",
        "4 big ADJ JJ 5 amod _",
        "5 prizes NOUN NNS 3 obj _",
        "6 on ADP IN 8 case _",
        "7 Windows PROPN NNP 8 compound Entity=(1-object-new",
        "8 XP PROPN NNP 3 obl Entity=1)",
        "9 and CCONJ CC 11 cc _",
        "10 the DET DT 11 det Entity=(2-object-new",
        "11 laptop NOUN NN 8 conj Entity=2)");
    GoldDocument d = docs.get(0);
    // The adjective and the named object; not the unnamed object "the laptop". None is gold.
    assertThat(d.unannotated()).extracting(s -> d.text().substring(s.start(), s.end()) + "/" + s.type())
        .containsExactly("Afghan/MISC", "Windows XP/MISC");
    assertThat(d.gold()).isEmpty();
  }

  @Test
  void aHyphenJoinsANameOnlyWhenGlued(@TempDir Path dir) throws IOException {
    List<GoldDocument> docs = sentence(dir,
        "1 Mohamed PROPN NNP 0 root Entity=(1-person-new",
        "2 El PROPN NNP 1 flat SpaceAfter=No",
        "3 - PUNCT HYPH 4 punct SpaceAfter=No",
        "4 Hassan PROPN NNP 1 flat Entity=1)",
        "5 - PUNCT HYPH 6 punct Entity=(2-organization-new",
        "6 Reuters PROPN NNP 1 appos Entity=2)");
    assertThat(named(docs.get(0))).containsExactlyInAnyOrder("Mohamed El-Hassan/PERSON", "Reuters/ORGANIZATION");
  }

  @Test
  void aPersonsNameEndsBeforeOfAndAnNmodOnTheLeftIsNotPartOfTheName(@TempDir Path dir) throws IOException {
    List<GoldDocument> docs = sentence(dir,
        "1 Ambassador PROPN NNP 5 nmod:desc Entity=(1-person-new",
        "2 to ADP IN 4 case _",
        "3 United VERB NNP 4 amod Entity=(2-place-new",
        "4 States PROPN NNPS 5 nmod Entity=2)",
        "5 Hamdullah PROPN NNP 0 root _",
        "6 Mohib PROPN NNP 5 flat _",
        "7 of ADP IN 9 case _",
        "8 Civic PROPN NNP 9 compound Entity=(3-organization-new",
        "9 Passion PROPN NNP 5 nmod Entity=3)1)");
    assertThat(named(docs.get(0))).containsExactlyInAnyOrder("United States/LOCATION", "Hamdullah Mohib/PERSON",
        "Civic Passion/ORGANIZATION");
  }

  @Test
  void aDescriptorNounBeforeANameLeavesTheNameAsTheSpan(@TempDir Path dir) throws IOException {
    // GUM heads "Texas student Ahmed Mohamed" on "student" and hangs the name on it (flat); "captain Harry Kane"
    // the same with appos. CoNLL marks the names; "student" / "captain" are no part of them.
    List<GoldDocument> docs = sentence(dir,
        "1 Texas PROPN NNP 2 compound Entity=(1-person-new(2-place-new)",
        "2 student NOUN NN 5 nsubj _",
        "3 Ahmed PROPN NNP 2 flat _",
        "4 Mohamed PROPN NNP 2 flat Entity=1)",
        "5 met VERB VBD 0 root _",
        "6 captain NOUN NN 5 obj Entity=(3-person-new",
        "7 Harry PROPN NNP 6 appos _",
        "8 Kane PROPN NNP 7 flat Entity=3)",
        "9 and CCONJ CC 11 cc _",
        "10 the DET DT 11 det Entity=(4-person-new",
        "11 team NOUN NN 5 conj Entity=4)");
    assertThat(named(docs.get(0))).containsExactlyInAnyOrder("Texas/LOCATION", "Ahmed Mohamed/PERSON",
        "Harry Kane/PERSON");
    // No capitalised adjective here: nothing is marked unannotated.
    assertThat(docs.get(0).unannotated()).isEmpty();
  }

  @Test
  void aPersonsIdentityTrimsTitlesAndDropsTitleOnlyMentions(@TempDir Path dir) throws IOException {
    // The parse hangs "President Barack Obama" flat on "US": the identity (GUM's Wikipedia name) says which words
    // are the name. "the President" names Donald_Trump with no word of it: a title, not a name. A short form
    // ("Chris" of Christine_Gregoire) counts as the identity's word.
    Path f = dir.resolve("id.conllu");
    Files.writeString(f, String.join("\n",
        "# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity",
        "# newdoc id = d",
        "1\tUS\tUS\tPROPN\tNNP\t_\t5\tnsubj\t_\tEntity=(1-person-new-s-cf1-1-coref-Barack_Obama(2-place-new-s-cf2-1-coref-United_States)",
        "2\tPresident\tPresident\tPROPN\tNNP\t_\t1\tflat\t_\t_",
        "3\tBarack\tBarack\tPROPN\tNNP\t_\t1\tflat\t_\t_",
        "4\tObama\tObama\tPROPN\tNNP\t_\t1\tflat\t_\tEntity=1)",
        "5\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_",
        "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\tEntity=(3-person-giv-s-cf3-1-coref-Donald_Trump",
        "7\tPresident\tPresident\tPROPN\tNNP\t_\t5\tobj\t_\tEntity=3)",
        "8\tand\tand\tCCONJ\tCC\t_\t9\tcc\t_\t_",
        "9\tGovernor\tGovernor\tPROPN\tNNP\t_\t10\tcompound\t_\tEntity=(4-person-new-s-cf4-1-coref-Christine_Gregoire",
        "10\tChris\tChris\tPROPN\tNNP\t_\t7\tconj\t_\t_",
        "11\tGregoire\tGregoire\tPROPN\tNNP\t_\t10\tflat\t_\tEntity=4)",
        "", ""));
    assertThat(named(ConlluEntityReader.read(f).get(0))).containsExactlyInAnyOrder("Barack Obama/PERSON",
        "US/LOCATION", "Chris Gregoire/PERSON");
  }
}
