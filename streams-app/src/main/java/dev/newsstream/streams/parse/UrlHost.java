package dev.newsstream.streams.parse;

import java.net.URI;

/** The host of a page or link URL, for the metadata and link rules that compare sites. */
final class UrlHost {
  private UrlHost() {}

  /**
   * The URL's host as written ({@link URI#getHost}: case kept, no port), or null when the URL is null, empty, does not
   * parse or has no host. Surrounding spaces are ignored.
   */
  static String of(String url) {
    try {
      return url == null || url.isEmpty() ? null : URI.create(url.strip()).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
