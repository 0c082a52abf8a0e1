package dev.newsstream.streams.enrich;

import edu.stanford.nlp.ie.regexp.ChineseNumberSequenceClassifier;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The post-step of the Chinese tagger: MISC mentions that are numbers, dates, times, amounts, percentages or
 * ordinals are dropped. CoreNLP's Chinese model (chinese.misc.distsim, labels PERSON ORGANIZATION GPE LOCATION
 * FACILITY DEMONYM MISC) was trained with OntoNotes' NUMBER/DATE/TIME/MONEY/PERCENT/ORDINAL folded into MISC: its
 * own pipeline relabels those tokens afterwards with ChineseNumberSequenceClassifier, whose MISC-overriding rules
 * need a POS tagger (CD, OD, NT) this app does not load (heap, time). So the mention text is read instead: a MISC
 * mention made only of numerals (Arabic or Chinese, optionally 第 for an ordinal), the units and time words such a
 * classifier labels (年, 月, 日, 小时, 岁, 美元..., CoreNLP's own date/time word lists) and deictic time prefixes
 * (今年, 每年, 近几年) is not an entity. A MISC with any other word ("十三五" is all numerals and goes; "AlphaGo",
 * "Mate 8", "摩门教徒" stay) is kept, as are the other types. Review 8 (#2): before this, MISC lists of Chinese pages
 * were mostly "15年", "6月3日上午", "两", "1500亿美元", "第二", "今年". Then (session 9) the items of an enumeration
 * joined by 、 take the type most of them have ({@link ChineseListRules}: 张家口 PERSON in a list of Hebei's cities).
 * Thread-safe as the wrapped tagger is.
 */
final class ChineseQuantityTagger implements SpanTagger {
  private static final String NUMERAL = "[0-9０-９〇零一二三四五六七八九十百千万亿两几数半]";
  /** A number: numerals with decimal, range and date separators, an optional percent sign. */
  private static final String NUMBER = "(?:百分之|千分之)?" + NUMERAL + "+(?:[.．,，:：/\\-－—–~～]" + NUMERAL + "+)*[%％]?";
  /** Units and time words that follow a number (or a deictic prefix) in a quantity or temporal expression. */
  private static final String UNIT = "(?:年代|年度|年来|年前|年后|年间|年|个月|月份|月|日|号|世纪|小时|分钟|点|时|分|秒|天|"
      + "周|星期|礼拜|岁|次|倍|多|余|来|之前|之后|以前|以后|以来|以上|以下|左右|前|后|底|初|中|末|"
      + ChineseNumberSequenceClassifier.CURRENCY_WORD_PATTERN.pattern() + "|"
      + String.join("|", ChineseNumberSequenceClassifier.TIME_WORDS_VALUES) + ")";
  /** Words before a number or unit: approximation, and time deixis (this/last/next/every/recent...). */
  private static final String PREFIX = "(?:将近|接近|大约|约|近些|近|超过|逾|每|今|去|明|前|后|本|上|下|这|那|同|当|第)";
  private static final String PIECE = "(?:" + PREFIX + "*(?:" + NUMBER + UNIT + "*|" + UNIT + "+))";
  /** Pieces joined by spaces or range words: "2011年9月至2014年9月", "2017-03-10 08:42:00". */
  private static final Pattern QUANTITY = Pattern.compile(PIECE + "(?:[\\s至到和及、]*" + PIECE + ")*");

  private final SpanTagger model;

  ChineseQuantityTagger(SpanTagger model) {
    this.model = java.util.Objects.requireNonNull(model, "model");
  }

  /** {@code model} wrapped, or null when there is none (the model did not fit in the heap). */
  static SpanTagger wrap(SpanTagger model) {
    return model == null ? null : new ChineseQuantityTagger(model);
  }

  /** Whether {@code mention} (a MISC mention's text) is a number, date, time, amount, percentage or ordinal. */
  static boolean isQuantity(String mention) {
    String m = mention.strip();
    return !m.isEmpty() && (QUANTITY.matcher(m).matches()
        || ChineseNumberSequenceClassifier.DATE_WORDS.contains(m)
        || ChineseNumberSequenceClassifier.TIME_WORDS.contains(m));
  }

  @Override
  public NerTagger.Tagging tag(String text) {
    NerTagger.Tagging raw = model.tag(text);
    List<TaggedSpan> kept = new ArrayList<>(raw.spans().size());
    for (TaggedSpan s : raw.spans()) {
      if (!("MISC".equals(s.type()) && isQuantity(text.substring(s.start(), s.end())))) {
        kept.add(s);
      }
    }
    return new NerTagger.Tagging(ChineseListRules.apply(kept, text), raw.tokens());
  }

  @Override
  public List<String> types() {
    return model.types();
  }
}
