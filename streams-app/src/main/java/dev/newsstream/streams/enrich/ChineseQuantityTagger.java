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
 * were mostly "15年", "6月3日上午", "两", "1500亿美元", "第二", "今年". Review 9 (#11) added counted things ("五万户"),
 * tenths ("一成"), decades of a month ("5月下旬"), "全年", "不到半月", Traditional forms, digit-and-punctuation runs
 * ("93(01") and MISC spans that are clauses ({@link #isClause}). Then (session 9) the items of an enumeration
 * joined by 、 take the type most of them have ({@link ChineseListRules}: 张家口 PERSON in a list of Hebei's cities).
 * Thread-safe as the wrapped tagger is.
 */
final class ChineseQuantityTagger implements SpanTagger {
  /** Arabic and Chinese numerals, Simplified and Traditional (萬 億 兩 幾 數), and the fractions 半 and 成 (tenth). */
  private static final String NUMERAL = "[0-9０-９〇零一二三四五六七八九十百千万亿两几数半萬億兩幾數]";
  /** A number: numerals with decimal, range and date separators, an optional percent sign. */
  private static final String NUMBER = "(?:百分之|千分之)?" + NUMERAL + "+(?:[.．,，:：/\\-－—–~～]" + NUMERAL + "+)*[%％]?";
  /**
   * Measure words (classifiers) that count things after a number: "五万户" (50,000 households), "3名", "两辆", and
   * common units of weight, length and area. Only ever read after a number: "户" alone is no quantity.
   */
  private static final String MEASURE = "(?:户|戶|人次|人|名|位|个|個|家|座|所|间|間|套|张|張|条|條|份|篇|项|項|批|起|场|場|"
      + "轮|輪|届|屆|期|架|艘|辆|輛|枚|颗|顆|支|种|種|类|類|例|头|頭|只|隻|件|台|吨|噸|公里|千米|米|平方米|平方公里|"
      + "公顷|公頃|亩|畝|公斤|千克|克|斤|升|度|瓦|千瓦|吨标准煤)";
  /** Units and time words that follow a number (or a deictic prefix) in a quantity or temporal expression. */
  private static final String UNIT = "(?:年代|年度|年来|年前|年后|年间|年|个月|月份|月|日|号|世纪|小时|分钟|点|时|分|秒|天|"
      + "周|星期|礼拜|岁|次|倍|多|余|来|之前|之后|以前|以后|以来|以上|以下|左右|前|后|底|初|中|末|上旬|中旬|下旬|成|"
      + "個月|號|週|禮拜|歲|餘|來|之後|以後|後|點|鐘|"
      + ChineseNumberSequenceClassifier.CURRENCY_WORD_PATTERN.pattern() + "|"
      + String.join("|", ChineseNumberSequenceClassifier.TIME_WORDS_VALUES) + ")";
  /** Words before a number or unit: approximation, and time deixis (this/last/next/every/recent...). */
  private static final String PREFIX = "(?:将近|將近|接近|大约|大約|约|約|近些|近|超过|超過|逾|不到|不足|至少|多达|多達|"
      + "每|今|去|明|前|后|後|本|上|下|这|這|那|同|当|當|第|全)";
  private static final String PIECE = "(?:" + PREFIX + "*(?:" + NUMBER + "(?:" + UNIT + "|" + MEASURE + ")*|" + UNIT + "+))";
  /** Pieces joined by spaces or range words: "2011年9月至2014年9月", "2017-03-10 08:42:00". */
  private static final Pattern QUANTITY = Pattern.compile(PIECE + "(?:[\\s至到和及、]*" + PIECE + ")*");

  /** Digits with punctuation only: a number or code the model cut out of a table or a phone number ("93(01"). */
  private static final Pattern DIGITS_AND_PUNCTUATION = Pattern.compile("(?=.*[0-9０-９])[0-9０-９\\p{P}\\p{S}\\s]+");
  /**
   * Words that make a MISC span a clause, not a name: future and aspect markers, the copula, passive and
   * disposal markers ("今年冬季供暖工作將于十一月十五日", the heating will start on 15 November). A name of an event,
   * a work or a law as long as {@link #CLAUSE_CHARS} has none of them ("中华人民共和国环境保护法").
   */
  private static final Pattern CLAUSE_WORD = Pattern.compile("将于|將于|將於|将|將|了|是|把|被|已经|已經|正在|开始|開始");
  /** Characters from which a MISC span with a clause word is a clause cut out of a sentence. */
  static final int CLAUSE_CHARS = 10;

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
        || ChineseNumberSequenceClassifier.TIME_WORDS.contains(m)
        || DIGITS_AND_PUNCTUATION.matcher(m).matches());
  }

  /** Whether {@code mention} (a MISC mention's text) is a clause: {@link #CLAUSE_CHARS}+ characters, a clause word. */
  static boolean isClause(String mention) {
    String m = mention.strip();
    return m.codePointCount(0, m.length()) >= CLAUSE_CHARS && CLAUSE_WORD.matcher(m).find();
  }

  private static boolean dropped(String mention) {
    return isQuantity(mention) || isClause(mention);
  }

  @Override
  public NerTagger.Tagging tag(String text) {
    NerTagger.Tagging raw = model.tag(text);
    List<TaggedSpan> kept = new ArrayList<>(raw.spans().size());
    for (TaggedSpan s : raw.spans()) {
      if (!("MISC".equals(s.type()) && dropped(text.substring(s.start(), s.end())))) {
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
