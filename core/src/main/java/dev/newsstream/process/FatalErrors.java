package dev.newsstream.process;

import java.io.PrintStream;
import java.util.function.IntSupplier;

/**
 * Errors the JVM cannot recover from ({@link VirtualMachineError}: {@link OutOfMemoryError},
 * {@link StackOverflowError}, {@link InternalError}...) end the process with one {@code FATAL:} line and exit code
 * {@link #EXIT_CODE}, for an orchestrator to restart it with a clean heap: the stream threads' policy
 * (streams-app {@code StreamThreadFailurePolicy}) and, through {@link #runMain}, the main thread of every command.
 * Without this, an OutOfMemoryError in the main thread (loading the NER models at a small -Xmx) ended in
 * {@code Exception in thread "main"} and exit code 1, which reads like a bad-input failure.
 */
public final class FatalErrors {
  /** EX_SOFTWARE of sysexits.h: an internal error. */
  public static final int EXIT_CODE = 70;

  private FatalErrors() {}

  /** The first {@link VirtualMachineError} in the cause chain (wrappers included), or null. */
  public static VirtualMachineError vmError(Throwable failure) {
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 32; depth++, t = t.getCause()) {
      if (t instanceof VirtualMachineError e) {
        return e;
      }
    }
    return null;
  }

  /**
   * Runs a command's main body: its exit code, or {@link #EXIT_CODE} after one {@code FATAL:} line on {@code err}
   * (no stack trace: the heap may be exhausted, and the reason is what an operator needs) when it fails with a
   * VirtualMachineError. Other failures are rethrown as they are.
   */
  public static int runMain(IntSupplier command, PrintStream err) {
    try {
      return command.getAsInt();
    } catch (RuntimeException | Error failure) {
      VirtualMachineError vmError = vmError(failure);
      if (vmError == null) {
        throw failure;
      }
      // The failed frames' garbage is collectable once unwound, so this small line can be allocated.
      err.println("FATAL: unrecoverable " + vmError + " in the main thread; exiting with code " + EXIT_CODE
          + " to be restarted");
      err.flush();
      return EXIT_CODE;
    }
  }
}
