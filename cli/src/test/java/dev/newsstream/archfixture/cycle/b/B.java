package dev.newsstream.archfixture.cycle.b;

import dev.newsstream.archfixture.cycle.a.A;

/** Fixture for ArchitectureTest: imports {@link A}, which imports this class: a package cycle. */
public class B {
  public A partner() {
    return new A();
  }
}
