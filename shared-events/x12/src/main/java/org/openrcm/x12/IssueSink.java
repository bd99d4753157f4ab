package org.openrcm.x12;

import java.util.ArrayList;
import java.util.List;

/** Collects the issues of one transaction set while it is mapped, placing them at a segment. */
public final class IssueSink {

  private final String setControlNumber;
  private final List<X12Issue> issues = new ArrayList<>();

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
    issues.add(X12Issue.error(setControlNumber, at == null ? 0 : at.position(), segmentId, loopId, 0, 0,
        at == null ? "3" : "I6", message));
  }

  public void add(X12Issue issue) {
    issues.add(issue);
  }

  private void add(X12Issue.Severity severity, Segment segment, int element, int component, String code,
      String message) {
    issues.add(new X12Issue(severity, setControlNumber, segment == null ? 0 : segment.position(),
        segment == null ? null : segment.id(), segment == null ? null : segment.loopId(), element, component, code,
        message));
  }

  public List<X12Issue> issues() {
    return issues;
  }

  public boolean hasErrors() {
    return issues.stream().anyMatch(X12Issue::isError);
  }
}
