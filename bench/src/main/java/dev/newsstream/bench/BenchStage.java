package dev.newsstream.bench;

/**
 * One pipeline stage's pure core, as the CPU benchmark runs it: the output of one stage is the input of the
 * next. Return null for a page the stage drops (rejected, duplicate). Add a stage in {@link BenchStages}.
 */
public interface BenchStage<I, O> {
  String name();

  O apply(I input);
}
