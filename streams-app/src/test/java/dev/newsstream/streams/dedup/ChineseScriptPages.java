package dev.newsstream.streams.dedup;

import java.util.List;

/**
 * Hand-written Chinese stories for the script fold ({@link HanScriptFold}), each copy written out by hand rather
 * than converted by ICU (so the test does not check ICU against itself): a Taiwanese story in Traditional characters
 * and a mainland portal's Simplified copy of it (臺 written 台, 公車 as 公交), a mainland story in Simplified
 * characters and a Hong Kong portal's Traditional copy (換乘 as 轉乘), and a look-alike: a different metro story in
 * Simplified characters with the same kind of facts (length, stations, cost, officials at the ceremony).
 */
final class ChineseScriptPages {
  private ChineseScriptPages() {}

  static final String TAIPEI_TITLE = "臺北捷運環狀線北環段動工 預計二〇三二年通車";

  /** Traditional original. */
  static final List<String> TAIPEI_HANT = List.of(
      "臺北捷運環狀線北環段今天上午在士林區舉行動工典禮，市長與交通部官員一同出席。這條路線完工後，將把新北市五股、"
          + "泰山一帶與臺北市北區連成一個環狀路網。",
      "捷運工程局表示，北環段全長約十五點四公里，共設十四座車站，其中有五座是轉乘站，總經費約一千四百億元，由中央與"
          + "地方政府共同負擔。",
      "依照目前的進度，北環段預計在二〇三二年完工通車，屆時從五股到士林只需要二十分鐘，比現在搭公車節省將近一半的時間。",
      "不過沿線部分居民擔心施工期間的噪音與交通黑暗期，市議員也要求工程單位在施工前舉辦說明會，並且公開每個工區的"
          + "管制時間。",
      "工程局回應，施工期間將增加公車班次，並在主要路口派員指揮交通，盡量減少對民眾生活的影響。");

  /** Its Simplified copy, written by hand: the characters converted, 公車 written 公交 (the mainland word). */
  static final List<String> TAIPEI_HANS = List.of(
      "台北捷运环状线北环段今天上午在士林区举行动工典礼，市长与交通部官员一同出席。这条路线完工后，将把新北市五股、"
          + "泰山一带与台北市北区连成一个环状路网。",
      "捷运工程局表示，北环段全长约十五点四公里，共设十四座车站，其中有五座是转乘站，总经费约一千四百亿元，由中央与"
          + "地方政府共同负担。",
      "依照目前的进度，北环段预计在二〇三二年完工通车，届时从五股到士林只需要二十分钟，比现在搭公交节省将近一半的时间。",
      "不过沿线部分居民担心施工期间的噪音与交通黑暗期，市议员也要求工程单位在施工前举办说明会，并且公开每个工区的"
          + "管制时间。",
      "工程局回应，施工期间将增加公交班次，并在主要路口派员指挥交通，尽量减少对民众生活的影响。");

  static final String GUANGZHOU_TITLE = "广州南站新候车厅启用 春运期间可容纳三万名旅客";

  /** Simplified original. */
  static final List<String> GUANGZHOU_HANS = List.of(
      "广州南站新建的候车厅今天正式启用，新候车厅面积约两万平方米，春运期间最多可以同时容纳三万名旅客候车。",
      "车站负责人介绍，新候车厅设有六十个检票口和两百多台自助售票机，还专门为老年旅客和带孩子的家庭设置了爱心候车区。",
      "为了方便旅客换乘，车站还开通了连接地铁站和公交枢纽的地下通道，旅客下车后步行五分钟就可以到达地铁站。",
      "铁路部门预计，今年春运期间广州南站每天发送旅客将超过三十万人次，最高峰时可能达到四十万人次。");

  /** Its Traditional copy, written by hand: the characters converted, 換乘 written 轉乘. */
  static final List<String> GUANGZHOU_HANT = List.of(
      "廣州南站新建的候車廳今天正式啟用，新候車廳面積約兩萬平方米，春運期間最多可以同時容納三萬名旅客候車。",
      "車站負責人介紹，新候車廳設有六十個檢票口和兩百多台自助售票機，還專門為老年旅客和帶孩子的家庭設置了愛心候車區。",
      "為了方便旅客轉乘，車站還開通了連接地鐵站和公交樞紐的地下通道，旅客下車後步行五分鐘就可以到達地鐵站。",
      "鐵路部門預計，今年春運期間廣州南站每天發送旅客將超過三十萬人次，最高峰時可能達到四十萬人次。");

  static final String SHENZHEN_TITLE = "深圳地铁十六号线二期今日开通 沿线居民出行更方便";

  /** The look-alike: another metro story, in Simplified characters, with the Taipei story's kind of facts. */
  static final List<String> SHENZHEN_HANS = List.of(
      "深圳地铁十六号线二期工程今天上午正式开通运营，市长与交通部门负责人一同出席了开通仪式。这条线路开通后，龙岗区"
          + "东部与坪山区之间的通勤时间将明显缩短。",
      "地铁集团表示，十六号线二期全长约九点五公里，共设八座车站，其中有两座是换乘站，总投资约九十亿元，由市政府全额"
          + "出资建设。",
      "开通初期，列车每天运营十七个小时，高峰时段发车间隔为五分钟，乘客可以使用交通卡或者手机二维码进站。",
      "沿线居民普遍表示欢迎，不少人说以前上班要换乘两次公交，现在坐地铁只要半个小时。",
      "地铁集团提醒，开通首周客流较大，请乘客错峰出行，并在站内听从工作人员的指挥。");

  /** Paragraphs joined as the parser joins them (a blank line between). */
  static String body(List<String> paragraphs) {
    return String.join("\n\n", paragraphs);
  }
}
