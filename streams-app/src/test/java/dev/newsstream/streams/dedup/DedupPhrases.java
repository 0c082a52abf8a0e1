package dev.newsstream.streams.dedup;

import java.util.List;
import java.util.Map;

/**
 * What a syndicator or a newsroom adds to or changes in a copy, per language of the story: the agency prefix,
 * update notes, boilerplate lines and the copy editor's usual substitutions. English is what the labelled set
 * always used; Chinese and Japanese are written without spaces, so their copy edits go clause by clause.
 */
record DedupPhrases(String agencyPrefix, String ledeEnd, String updatedLedeEnd, String updateNote,
    String moreToFollow, String attributionSuffix, String digestClose, List<String> boilerplate, String[][] edits,
    boolean unspaced) {

  private static final Map<String, DedupPhrases> BY_LANGUAGE = Map.of(
      "en", new DedupPhrases("(Agency) - ", "\\.$", ", according to updated figures.",
          "This story has been updated with new information.", " More to follow.",
          ", officials and people familiar with the matter said.",
          "That is all for today's briefing. Read the full stories on our website.",
          List.of("This article was first published by our partner agency and is republished under licence.",
              "Sign up for our morning newsletter to get the top stories delivered to your inbox every day.",
              "Reporting by our correspondents; additional reporting by staff writers; editing by the news desk.",
              "Follow us on social media for the latest updates. Comments on this story are closed."),
          new String[][] {{" said ", " stated "}, {" on Monday", " earlier this week"}, {" percent", "%"},
              {" would ", " will "}, {" officials ", " authorities "}, {" more than ", " over "}},
          false),
      "zh", new DedupPhrases("（通讯社电）", "。$", "，这是根据最新数据得出的。", "本文已根据最新情况更新。",
          "详细情况将继续报道。", "，有关官员和知情人士说。", "以上就是今天的新闻简报，完整报道请访问我们的网站。",
          List.of("本文来源于合作媒体，经授权转载。", "欢迎订阅我们的早间新闻简报，每天为您送上最重要的新闻。",
              "记者：本报记者；编辑：新闻部。", "关注我们的社交媒体账号获取最新消息，本文评论功能已关闭。"),
          new String[][] {{"表示", "说"}, {"今天", "今日"}, {"已经", "已"}, {"部门", "方面"}, {"但是", "但"},
              {"可以", "能够"}, {"提醒", "提示"}, {"预计", "估计"}, {"还", "也"}, {"将", "会"}},
          true),
      "ja", new DedupPhrases("（通信社）", "。$", "と、最新の集計で分かった。", "この記事は新しい情報を加えて更新しました。",
          "詳しい情報が入り次第お伝えします。", "と関係者が明らかにした。",
          "今日のニュースまとめは以上です。詳しくはウェブサイトの各記事をご覧ください。",
          List.of("この記事は提携先の通信社から配信を受けて掲載しています。",
              "毎朝の主要ニュースをお届けするメールマガジンの登録はこちらから。", "取材：本社記者、編集：ニュースデスク。",
              "最新情報は公式SNSでも発信しています。この記事へのコメントは受け付けていません。"),
          new String[][] {{"述べた", "語った"}, {"示した", "明らかにした"}, {"一時", "いったん"}, {"約", "およそ"},
              {"によると", "によれば"}, {"続いている", "続く"}, {"見合わせた", "停止した"}, {"確認", "把握"}},
          true));

  /** The phrases for an ISO 639-1 language; English for a language without its own. */
  static DedupPhrases of(String language) {
    return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get("en"));
  }
}
