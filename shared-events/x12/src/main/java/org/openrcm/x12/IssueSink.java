package org.openrcm.x12;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects the issues of one transaction set while it is mapped, placing them at a segment. */
public final class IssueSink {

  private final String setControlNumber;
  private final List<X12Issue> issues = new ArrayList<>();
  private final Set<X12Issue> seen = new HashSet<>();

  public IssueSink(String setControlNumber) {
    this.setControlNumber = setControlNumber;
  }

  /** ST02 of the set the issues belong to. */
  public String setControlNumber() {
    return setControlNumber;
  }

  /** An ERROR at a segment ({@code element} 0) or at one of its elements. */
  public void error(Segment segment, int element, int component, String code, String message) {
    add(X12Issue.Severity.ERROR, segment, element, component, code, message);
  }

  /** A DEVIATION at a segment ({@code element} 0) or at one of its elements. */
  public void deviation(Segment segment, int element, int component, String code, String message) {
    add(X12Issue.Severity.DEVIATION, segment, element, component, code, message);
  }

  /** An ERROR about a segment that is missing; placed at the segment where it was expected ({@code at}). */
  public void missing(Segment at, String segmentId, String loopId, String message) {
    add(X12Issue.error(setControlNumber, at == null ? 0 : at.position(), segmentId, loopId, 0, 0,
        at == null ? "3" : "I6", message));
  }

  /** Adds an issue unless the same one is there already (a billing provider shared by claims is checked per claim). */
  public void add(X12Issue issue) {
    if (seen.add(issue)) {
      issues.add(issue);
    }
  }

  private void add(X12Issue.Severity severity, Segment segment, int element, int component, String code,
      String message) {
    add(new X12Issue(severity, setControlNumber, segment == null ? 0 : segment.position(),
        segment == null ? null : segment.id(), segment == null ? null : segment.loopId(), element, component, code,
        message));
  }

  public List<X12Issue> issues() {
    return issues;
  }

  /** Drops every issue (a set judged against a schema that is not its own). */
  public void clear() {
    issues.clear();
    seen.clear();
  }

  public boolean hasErrors() {
    return issues.stream().anyMatch(X12Issue::isError);
  }
}
