package dev.newsstream.streams.parse;

/** Why a page did not become an article. Stable codes: dashboards and alerts key on them. */
public enum RejectReason {
  /** The raw record is not a RawPage (bad Avro, wrong producer). */
  BAD_RECORD,
  /** The page's URL is missing or not http(s). */
  BAD_URL,
  /** Bigger than max.page.bytes. */
  TOO_LARGE,
  /** Zero bytes, or only whitespace. */
  EMPTY_BODY,
  /** Not text: binary bytes, an image, a PDF. */
  BINARY,
  /** Neither our text dump nor HTML. */
  UNKNOWN_FORMAT,
  /** Markup past the parser's safety limits (nesting depth, tag count): parsing it would take unbounded time. */
  TOO_COMPLEX,
  /** Parsed, but no article text was found (index page, error page, too short). */
  NOT_AN_ARTICLE,
  /** A bug or resource limit inside a stage; the exception class rides along. */
  INTERNAL_ERROR,
  /** An output record (article) the cluster refused as too large (topic max.message.bytes / max.request.size). */
  OUTPUT_TOO_LARGE,
  /** An output record could not be serialised. */
  SERIALISE_FAILED
}
