package org.openrcm.x12.ack;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.OutboundEnvelope;
import org.openrcm.x12.WrittenInterchange;
import org.openrcm.x12.X12Issue;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.X12ValidationException;
import org.openrcm.x12.X12Writer;

/**
 * Writes 999 005010X231A1 interchanges (one ST per acknowledged functional group), read back before they are
 * returned. {@link #answer} builds the acknowledgment of a group that was read, its errors as IK3/IK4.
 */
public final class Ack999Writer {

  private static final Set<String> SEGMENT_CODES = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "I4", "I6", "I7",
      "I8", "I9");
  private static final Set<String> ELEMENT_CODES = Set.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "12",
      "13", "I10", "I11", "I12", "I13", "I6", "I9");

  private final ControlNumbers controlNumbers;
  private final Clock clock;

  public Ack999Writer(ControlNumbers controlNumbers, Clock clock) {
    this.controlNumbers = Objects.requireNonNull(controlNumbers, "controlNumbers");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The 999 answering a functional group that was read (e.g. by {@code Claim837Reader}): one AK2/IK5 per
   * transaction set, its ERROR issues as IK3/IK4 (deviations are noted with IK5 = E, not listed), and the AK9.
   */
  public static Ack999 answer(X12ReadResult.FunctionalGroup<?> group) {
    List<Ack999.SetResponse> responses = new ArrayList<>();
    int accepted = 0;
    boolean noted = false;
    for (X12ReadResult.TransactionSet<?> set : group.transactionSets()) {
      Map<Integer, List<X12Issue>> bySegment = new LinkedHashMap<>();
      boolean errors = false;
      boolean deviations = false;
      for (X12Issue issue : set.issues()) {
        if (issue.isError()) {
          errors = true;
          if (issue.segmentPosition() > 0 && issue.segmentId() != null) {
            bySegment.computeIfAbsent(issue.segmentPosition(), p -> new ArrayList<>()).add(issue);
          }
        } else {
          deviations = true;
        }
      }
      errors |= set.content() == null;
      List<Ack999.SegmentError> segmentErrors = new ArrayList<>();
      for (List<X12Issue> issues : bySegment.values()) {
        X12Issue first = issues.get(0);
        String segmentCode = "8";
        List<Ack999.ElementError> elementErrors = new ArrayList<>();
        for (X12Issue issue : issues) {
          if (issue.elementPosition() == 0) {
            segmentCode = SEGMENT_CODES.contains(issue.code()) ? issue.code() : "8";
          } else if (elementErrors.size() < 99) {
            elementErrors.add(new Ack999.ElementError(Math.min(issue.elementPosition(), 99),
                Math.min(issue.componentPosition(), 99), null,
                ELEMENT_CODES.contains(issue.code()) ? issue.code() : "I12", null));
          }
        }
        String loop = first.loopId() == null ? null : first.loopId().substring(0, Math.min(4, first.loopId().length()));
        segmentErrors.add(new Ack999.SegmentError(first.segmentId(), first.segmentPosition(), loop, segmentCode,
            elementErrors));
      }
      Ack999.AckCode code = errors ? Ack999.AckCode.R : deviations ? Ack999.AckCode.E : Ack999.AckCode.A;
      List<String> codes = new ArrayList<>();
      if (errors) {
        codes.add("5");
      }
      if (set.issues().stream().anyMatch(i -> "SE".equals(i.segmentId()) && "4".equals(i.code()))) {
        codes.add("4");
      }
      if (set.issues().stream().anyMatch(i -> "SE".equals(i.segmentId()) && "3".equals(i.code()))) {
        codes.add("3");
      }
      if (!errors) {
        accepted++;
        noted |= deviations;
      }
      responses.add(new Ack999.SetResponse(set.transactionSetId(), set.controlNumber(),
          set.implementationReference(), segmentErrors, code, codes.subList(0, Math.min(codes.size(), 5)), 0));
    }
    int count = responses.size();
    String groupCode = accepted == count ? (noted ? "E" : "A") : accepted == 0 ? "R" : "P";
    return new Ack999(group.envelope().functionalIdCode(), group.envelope().controlNumber(),
        group.envelope().version(), responses, new Ack999.GroupResponse(groupCode, count, count, accepted,
            List.of()));
  }

  /**
   * Writes one interchange with one functional group ({@code FA}) holding one 999 per acknowledgment.
   *
   * @throws X12ValidationException when the output breaks the guide
   */
  public WrittenInterchange write(OutboundEnvelope envelope, List<Ack999> acknowledgments) {
    if (acknowledgments.isEmpty()) {
      throw new IllegalArgumentException("nothing to write");
    }
    X12Writer out = new X12Writer(envelope, controlNumbers, clock, "FA", Ack999Reader.VERSION);
    for (Ack999 ack : acknowledgments) {
      out.startSet("999");
      out.segment("AK1", ack.functionalIdCode(), ack.groupControlNumber(), ack.version());
      for (Ack999.SetResponse response : ack.setResponses()) {
        out.segment("AK2", response.transactionSetId(), response.controlNumber(), response.implementationReference());
        for (Ack999.SegmentError error : response.segmentErrors()) {
          out.segment("IK3", error.segmentId(), Integer.toString(error.position()), error.loopId(), error.code());
          for (Ack999.ElementError element : error.elementErrors()) {
            out.segment("IK4", new String[] {Integer.toString(element.position()),
                element.componentPosition() > 0 ? Integer.toString(element.componentPosition()) : null},
                element.dataElementReference(), element.code(), element.badValue());
          }
        }
        Object[] ik5 = new Object[1 + response.errorCodes().size()];
        ik5[0] = response.acknowledgmentCode().name();
        for (int i = 0; i < response.errorCodes().size(); i++) {
          ik5[i + 1] = response.errorCodes().get(i);
        }
        out.segment("IK5", ik5);
      }
      Ack999.GroupResponse group = ack.groupResponse();
      Object[] ak9 = new Object[4 + group.errorCodes().size()];
      ak9[0] = group.acknowledgmentCode();
      ak9[1] = Integer.toString(group.setsIncluded());
      ak9[2] = Integer.toString(group.setsReceived());
      ak9[3] = Integer.toString(group.setsAccepted());
      for (int i = 0; i < group.errorCodes().size(); i++) {
        ak9[4 + i] = group.errorCodes().get(i);
      }
      out.segment("AK9", ak9);
      out.endSet();
    }
    WrittenInterchange written = out.finish();
    List<X12Issue> issues = Ack999Reader.readStrictly(written.content()).allIssues();
    if (!issues.isEmpty()) {
      throw new X12ValidationException("the written 999 does not pass our own validation", issues);
    }
    return written;
  }
}
