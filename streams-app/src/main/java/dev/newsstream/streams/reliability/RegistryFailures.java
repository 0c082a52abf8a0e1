package dev.newsstream.streams.reliability;

import dev.newsstream.schema.registry.RegistryOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exception handlers' rule for schema registry failures: a page whose output could not be serialised because
 * the registry did not answer (the serde already waited schema.registry.max.wait.seconds for it) is held, not
 * rejected: the handler answers FAIL, the stream thread fails and is replaced ({@code StreamThreadFailurePolicy}),
 * and the task is retried from its last commit, so the page is processed again once the registry answers. Turning
 * it into a RejectedPage would lose a good page for an infrastructure fault.
 */
final class RegistryFailures {
  private static final Logger LOG = LoggerFactory.getLogger(RegistryFailures.class);

  private RegistryFailures() {}

  /** Whether {@code failure} (the handler's exception, any depth) means the registry could not be reached. */
  static boolean isRegistryUnavailable(Throwable failure) {
    return RegistryOutage.isUnavailable(failure);
  }

  static void logHeld(String what, Exception failure) {
    LOG.error("Schema registry unavailable while {}: {}; the page is held (task retried from its last commit), "
        + "not rejected", what, failure.getMessage());
  }
}
