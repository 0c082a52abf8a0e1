package dev.newsstream.schema.registry;

/** A schema registry call failed; the message names the registry URL and, where known, the subject. */
public final class SchemaRegistryException extends RuntimeException {
  /** HTTP status of the registry's answer, or {@link #NO_ANSWER} when it could not be reached. */
  public static final int NO_ANSWER = -1;
  private final int status;

  public SchemaRegistryException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** 409 = incompatible schema, 404 = unknown subject or id, 422 = invalid schema, -1 = no answer. */
  public int status() {
    return status;
  }

  public boolean isIncompatibleSchema() {
    return status == 409;
  }
}
