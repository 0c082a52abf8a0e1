package dev.newsstream.archfixture.cycle.a;

import dev.newsstream.archfixture.cycle.b.B;

/** Fixture for ArchitectureTest: imports {@link B}, which imports this class back. */
public class A {
  public B partner() {
    return new B();
  }
}
