package org.openrcm.x12;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a typed reader read from one file: interchanges, their groups and transaction sets, each with the issues
 * found where they were found. Reading is lenient: a transaction set with only deviations has its content; one with
 * errors may still have it (when it could be read unambiguously) but {@link TransactionSet#accepted()} is false.
 *
 * @param interchanges the interchanges in file order
 * @param issues       file level issues (not X12 at all, garbage between interchanges, a broken ISA)
 * @param <T>          the content of one transaction set (e.g. {@code Claim837Transaction}, {@code Remittance835})
 */
public record X12ReadResult<T>(List<Interchange<T>> interchanges, List<X12Issue> issues) {

  public X12ReadResult {
    interchanges = List.copyOf(interchanges);
    issues = List.copyOf(issues);
  }

  /**
   * An interchange (ISA..IEA).
   *
   * @param envelope the ISA
   * @param groups   its functional groups
   * @param issues   envelope issues (IEA count or control number mismatch, ...)
   */
  public record Interchange<T>(InterchangeEnvelope envelope, List<FunctionalGroup<T>> groups, List<X12Issue> issues) {
    public Interchange {
      groups = List.copyOf(groups);
      issues = List.copyOf(issues);
    }
  }

  /**
   * A functional group (GS..GE).
   *
   * @param envelope        the GS
   * @param transactionSets its transaction sets
   * @param issues          group issues (GE count or control number mismatch, unexpected GS08, ...)
   */
  public record FunctionalGroup<T>(GroupEnvelope envelope, List<TransactionSet<T>> transactionSets,
      List<X12Issue> issues) {
    public FunctionalGroup {
      transactionSets = List.copyOf(transactionSets);
      issues = List.copyOf(issues);
    }
  }

  /**
   * A transaction set (ST..SE).
   *
   * @param transactionSetId        ST01, e.g. {@code 837}
   * @param controlNumber           ST02
   * @param implementationReference ST03, e.g. {@code 005010X222A1} (may be absent in off-guide files)
   * @param segmentCount            segments counted ST..SE as read
   * @param content                 the typed content, {@code null} when it could not be read unambiguously
   * @param issues                  every issue inside the set, by location
   * @param fingerprint             SHA-256 (hex) of the set's segments between ST and SE written with the standard
   *                                delimiters: the same set in another file (other delimiters, line breaks, envelope
   *                                or control numbers) has the same fingerprint
   */
  public record TransactionSet<T>(String transactionSetId, String controlNumber, String implementationReference,
      int segmentCount, T content, List<X12Issue> issues, String fingerprint) {
    public TransactionSet {
      issues = List.copyOf(issues);
    }

    /** A set without a fingerprint (as first published; for tests that build results by hand). */
    public TransactionSet(String transactionSetId, String controlNumber, String implementationReference,
        int segmentCount, T content, List<X12Issue> issues) {
      this(transactionSetId, controlNumber, implementationReference, segmentCount, content, issues, null);
    }

    /** True when the set has content and no {@link X12Issue.Severity#ERROR} issue (deviations allowed). */
    public boolean accepted() {
      return content != null && issues.stream().noneMatch(X12Issue::isError);
    }
  }

  /** A result for a file that is not X12 at all (or whose ISA cannot be read): no interchanges, one error. */
  public static <T> X12ReadResult<T> unreadable(String message) {
    return new X12ReadResult<>(List.of(), List.of(new X12Issue(X12Issue.Severity.ERROR, null, 0, null, null, 0, 0,
        "X12", message)));
  }

  /** False when nothing could be read from the file (no interchange). */
  public boolean readable() {
    return !interchanges.isEmpty();
  }

  /** Every transaction set of the file, in file order. */
  public List<TransactionSet<T>> transactionSets() {
    return interchanges.stream().flatMap(i -> i.groups().stream()).flatMap(g -> g.transactionSets().stream())
        .toList();
  }

  /** The content of every transaction set that was read (including those with errors but readable content). */
  public List<T> contents() {
    return transactionSets().stream().map(TransactionSet::content).filter(c -> c != null).toList();
  }

  /** Every issue at every level, file level first, then in file order. */
  public List<X12Issue> allIssues() {
    List<X12Issue> all = new ArrayList<>(issues);
    for (Interchange<T> interchange : interchanges) {
      all.addAll(interchange.issues());
      for (FunctionalGroup<T> group : interchange.groups()) {
        all.addAll(group.issues());
        group.transactionSets().forEach(set -> all.addAll(set.issues()));
      }
    }
    return all;
  }

  /** True when any issue at any level is an error. */
  public boolean hasErrors() {
    return Stream.concat(issues.stream(), allIssues().stream()).anyMatch(X12Issue::isError);
  }
}
