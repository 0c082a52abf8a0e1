package dev.newsstream.streams.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class StreamThreadFailurePolicyTest {
  private final AtomicLong clock = new AtomicLong();
  private final StreamThreadFailurePolicy policy = new StreamThreadFailurePolicy(3, Duration.ofMinutes(1), clock::get);

  @Test
  void anOrdinaryExceptionReplacesTheThread() {
    StreamThreadFailurePolicy.Decision d = policy.decide(new StreamsException(new IllegalStateException("bug")));
    assertThat(d.response()).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    assertThat(d.fatal()).isFalse();
  }

  @Test
  void anOutOfMemoryErrorShutsTheClientDownEvenWhenWrapped() {
    StreamThreadFailurePolicy.Decision direct = policy.decide(new OutOfMemoryError("Java heap space"));
    StreamThreadFailurePolicy.Decision wrapped = policy.decide(
        new StreamsException("task 0_1 failed", new RuntimeException(new OutOfMemoryError("Java heap space"))));
    assertThat(direct.response()).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    assertThat(wrapped.response()).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    assertThat(wrapped.reason()).isEqualTo("unrecoverable java.lang.OutOfMemoryError: Java heap space");
  }

  @Test
  void otherVirtualMachineErrorsAreFatalToo() {
    assertThat(policy.decide(new StackOverflowError()).fatal()).isTrue();
    assertThat(policy.decide(new InternalError("broken")).fatal()).isTrue();
    // An Error that is not a VirtualMachineError (a missing class, an assertion) is an ordinary failure.
    assertThat(policy.decide(new AssertionError("x")).fatal()).isFalse();
  }

  @Test
  void repeatedFailuresWithinTheWindowAreALoopAndShutDown() {
    for (int i = 0; i < 3; i++) {
      clock.addAndGet(Duration.ofSeconds(5).toNanos());
      assertThat(policy.decide(new IllegalStateException("same record")).fatal()).isFalse();
    }
    StreamThreadFailurePolicy.Decision fourth = policy.decide(new StreamsException(new IllegalStateException("same")));
    assertThat(fourth.response()).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    assertThat(fourth.reason()).isEqualTo("stream threads failed 4 times within PT1M, last: java.lang.IllegalStateException: same");
  }

  @Test
  void failuresSpreadBeyondTheWindowKeepReplacing() {
    for (int i = 0; i < 10; i++) {
      clock.addAndGet(Duration.ofSeconds(30).toNanos());
      assertThat(policy.decide(new IllegalStateException("now and then")).fatal()).as("failure %d", i).isFalse();
    }
  }
}
