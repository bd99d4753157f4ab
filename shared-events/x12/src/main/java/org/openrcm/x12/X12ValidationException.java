package org.openrcm.x12;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown by a writer when its own output breaks the implementation guide; carries every issue found. */
public class X12ValidationException extends RuntimeException {

  private final transient List<X12Issue> issues;

  public X12ValidationException(String what, List<X12Issue> issues) {
    super(what + ": " + issues.stream().map(X12Issue::toString).collect(Collectors.joining("; ")));
    this.issues = List.copyOf(issues);
  }

  public List<X12Issue> issues() {
    return issues;
  }
}
