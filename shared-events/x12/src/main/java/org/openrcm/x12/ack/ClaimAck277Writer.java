package org.openrcm.x12.ack;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.OutboundEnvelope;
import org.openrcm.x12.WrittenInterchange;
import org.openrcm.x12.X12ValidationException;
import org.openrcm.x12.X12Writer;

/**
 * Writes 277CA 005010X214 interchanges (one ST per {@link ClaimAck277}), read back before they are returned.
 * Hierarchy: 2000A information source, 2000B information receiver, 2000C per billing provider, 2000D per claim.
 */
public final class ClaimAck277Writer {

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

  private final ControlNumbers controlNumbers;
  private final Clock clock;

  public ClaimAck277Writer(ControlNumbers controlNumbers, Clock clock) {
    this.controlNumbers = Objects.requireNonNull(controlNumbers, "controlNumbers");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Writes one interchange with one functional group ({@code HN}).
   *
   * @throws X12ValidationException when the output breaks the guide
   */
  public WrittenInterchange write(OutboundEnvelope envelope, List<ClaimAck277> acknowledgments) {
    return new X12Writer(envelope, controlNumbers, clock, "HN", ClaimAck277Reader.VERSION).writeValidated("277",
        acknowledgments, this::writeSet, content -> ClaimAck277Reader.readStrictly(content).allIssues(), "277CA");
  }

  private void writeSet(X12Writer out, ClaimAck277 ack) {
    LocalDate created = ack.created() != null ? ack.created() : LocalDate.now(clock);
    LocalTime now = LocalTime.now(clock);
    out.segment("BHT", "0085", "08", ack.referenceId(), created, String.format("%02d%02d", now.getHour(),
        now.getMinute()), "TH");
    int hl = 1;
    out.segment("HL", "1", null, "20", "1");
    out.segment("NM1", "PR", "2", ack.informationSourceName(), null, null, null, null, "46",
        ack.informationSourceId());
    out.segment("TRN", "1", ack.referenceId());
    out.segment("DTP", "050", "D8", created);
    out.segment("DTP", "009", "D8", created);
    out.segment("HL", Integer.toString(++hl), "1", "21", "1");
    out.segment("NM1", "41", "2", ack.informationReceiverName(), null, null, null, null, "46",
        ack.informationReceiverId());
    out.segment("TRN", "2", ack.referenceId());
    ack.receiverStatuses().forEach(status -> stc(out, status));
    long accepted = ack.claims().stream().filter(ClaimStatus::accepted).count();
    long rejected = ack.claims().size() - accepted;
    if (accepted > 0) {
      out.segment("QTY", "90", Long.toString(accepted));
    }
    if (rejected > 0) {
      out.segment("QTY", "AA", Long.toString(rejected));
    }
    for (ProviderStatus provider : ack.providers()) {
      int providerHl = ++hl;
      out.segment("HL", Integer.toString(providerHl), "2", "19", "1");
      out.segment("NM1", "85", "2", provider.name(), null, null, null, null, "XX", provider.npi());
      out.segment("TRN", "1", provider.npi());
      provider.statuses().forEach(status -> stc(out, status));
      for (ClaimStatus claim : provider.claims()) {
        out.segment("HL", Integer.toString(++hl), Integer.toString(providerHl), "PT");
        out.segment("NM1", "QC", "1", claim.patientLastName(), claim.patientFirstName(), null, null, null,
            claim.memberId() == null ? null : "MI", claim.memberId());
        out.segment("TRN", "2", claim.patientControlNumber());
        claim.statuses().forEach(status -> stc(out, status));
        if (claim.payerClaimNumber() != null) {
          out.segment("REF", "1K", claim.payerClaimNumber());
        }
        if (claim.serviceFrom() != null) {
          LocalDate to = claim.serviceTo() == null ? claim.serviceFrom() : claim.serviceTo();
          if (to.equals(claim.serviceFrom())) {
            out.segment("DTP", "472", "D8", claim.serviceFrom());
          } else {
            // RD8 is one element holding a date range: CCYYMMDD-CCYYMMDD
            out.segment("DTP", "472", "RD8", CCYYMMDD.format(claim.serviceFrom()) + "-" + CCYYMMDD.format(to));
          }
        }
      }
    }
  }

  private static void stc(X12Writer out, StatusInfo status) {
    out.segment("STC", new String[] {status.categoryCode(), status.statusCode(), status.entityIdentifierCode()},
        status.effectiveDate(), status.actionCode(), status.amount(), null, null, null, null, null, null, null,
        status.freeText());
  }
}
