package org.openrcm.x12.claim;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openrcm.x12.Address;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.OutboundEnvelope;
import org.openrcm.x12.WrittenInterchange;
import org.openrcm.x12.X12Issue;
import org.openrcm.x12.X12ValidationException;
import org.openrcm.x12.X12Writer;

/**
 * Writes 837P 005010X222A1 interchanges: one ISA/GS per call, one ST per {@link Claim837Transaction}. Consecutive
 * claims of the same billing provider share a 2000A; each claim has its own 2000B (and 2000C when the patient is not
 * the subscriber). The claims are checked with {@link Claim837Rules} first, and every file is read back with
 * {@link Claim837Reader} before it is returned: any issue at all fails the write. Check claims with
 * {@link Claim837Rules#check(Claim837)} beforehand to hold a bad claim with its reason and send the rest.
 * Thread-safe when the {@link ControlNumbers} is.
 */
public final class Claim837Writer {

  /** GS08 and ST03. */
  public static final String VERSION = "005010X222A1";

  private final ControlNumbers controlNumbers;
  private final Clock clock;
  private final Claim837Reader reader = new Claim837Reader();

  public Claim837Writer(ControlNumbers controlNumbers, Clock clock) {
    this.controlNumbers = Objects.requireNonNull(controlNumbers, "controlNumbers");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Writes one interchange with one transaction set.
   *
   * @throws X12ValidationException when the output breaks the guide (every issue listed); nothing is returned then,
   *                                but the control numbers taken are used up
   */
  public WrittenInterchange write(OutboundEnvelope envelope, Claim837Transaction transaction) {
    return write(envelope, List.of(transaction));
  }

  /**
   * Writes one interchange with one functional group and one transaction set per element of {@code transactions}
   * (ST02 0001, 0002, ...).
   *
   * @throws X12ValidationException when the output breaks the guide
   */
  public WrittenInterchange write(OutboundEnvelope envelope, List<Claim837Transaction> transactions) {
    if (transactions.isEmpty()) {
      throw new IllegalArgumentException("nothing to write");
    }
    List<X12Issue> before = new ArrayList<>();
    transactions.forEach(transaction -> before.addAll(Claim837Rules.check(transaction)));
    if (before.stream().anyMatch(X12Issue::isError)) {
      throw new X12ValidationException("the claims break the 837P guide", before);
    }
    return new X12Writer(envelope, controlNumbers, clock, "HC", VERSION).writeValidated("837", transactions,
        this::writeSet, content -> reader.read(content).allIssues(), "837P");
  }

  private void writeSet(X12Writer out, Claim837Transaction transaction) {
    LocalDateTime created = transaction.created() != null ? transaction.created() : LocalDateTime.now(clock);
    out.segment("BHT", "0019", "00", transaction.originatorTransactionId(), created.toLocalDate(),
        String.format("%02d%02d", created.getHour(), created.getMinute()), "CH");
    Submitter submitter = transaction.submitter();
    out.segment("NM1", "41", "2", submitter.name(), null, null, null, null, "46", submitter.id());
    if (submitter.phone() != null && !submitter.phone().isBlank()) {
      out.segment("PER", "IC", submitter.contactName(), "TE", submitter.phone(),
          blank(submitter.email()) ? null : "EM", blank(submitter.email()) ? null : submitter.email());
    } else {
      out.segment("PER", "IC", submitter.contactName(), "EM", submitter.email());
    }
    Receiver receiver = transaction.receiver();
    out.segment("NM1", "40", "2", receiver.name(), null, null, null, null, "46", receiver.id());

    int hl = 0;
    BillingProvider current = null;
    int providerHl = 0;
    for (Claim837 claim : transaction.claims()) {
      if (!claim.billingProvider().equals(current)) {
        current = claim.billingProvider();
        providerHl = ++hl;
        writeBillingProvider(out, providerHl, current);
      }
      int subscriberHl = ++hl;
      Subscriber subscriber = claim.subscriber();
      boolean patientLoop = claim.patient() != null;
      out.segment("HL", Integer.toString(subscriberHl), Integer.toString(providerHl), "22", patientLoop ? "1" : "0");
      out.segment("SBR", subscriber.responsibility().name(), subscriber.self() ? "18" : null,
          subscriber.groupNumber(), null, subscriber.insuranceTypeCode(), null, null, null,
          subscriber.claimFilingIndicator());
      out.segment("NM1", "IL", "1", subscriber.lastName(), subscriber.firstName(), null, null, null, "MI",
          subscriber.memberId());
      address(out, subscriber.address());
      if (subscriber.birthDate() != null || subscriber.sex() != null) {
        out.segment("DMG", subscriber.birthDate() == null ? null : "D8", subscriber.birthDate(), subscriber.sex());
      }
      out.segment("NM1", "PR", "2", claim.payer().name(), null, null, null, null, "PI", claim.payer().payerId());
      if (patientLoop) {
        Patient patient = claim.patient();
        out.segment("HL", Integer.toString(++hl), Integer.toString(subscriberHl), "23", "0");
        out.segment("PAT", patient.relationshipCode());
        out.segment("NM1", "QC", "1", patient.lastName(), patient.firstName());
        address(out, patient.address());
        out.segment("DMG", "D8", patient.birthDate(), patient.sex());
      }
      writeClaim(out, claim);
    }
  }

  private void writeBillingProvider(X12Writer out, int hl, BillingProvider provider) {
    out.segment("HL", Integer.toString(hl), null, "20", "1");
    if (provider.sendTaxonomy()) {
      out.segment("PRV", "BI", "PXC", provider.taxonomy());
    }
    out.segment("NM1", "85", "2", provider.organizationName(), null, null, null, null, "XX", provider.npi());
    address(out, provider.address());
    out.segment("REF", "EI", provider.taxId());
    if (provider.payToAddress() != null) {
      out.segment("NM1", "87", "2");
      address(out, provider.payToAddress());
    }
  }

  private void writeClaim(X12Writer out, Claim837 claim) {
    ClaimDetails details = claim.details();
    out.segment("CLM", details.patientControlNumber(), details.totalCharge(), null, null,
        new String[] {details.placeOfService(), "B", details.frequency().code()},
        details.providerSignatureOnFile() ? "Y" : "N", details.assignment(), details.benefitsAssignment(),
        details.releaseOfInformation());
    if (details.frequency().refersToPriorClaim()) {
      out.segment("REF", "F8", details.payerClaimNumber());
    }
    List<String> diagnoses = details.diagnoses();
    Object[] hi = new Object[diagnoses.size()];
    for (int i = 0; i < diagnoses.size(); i++) {
      hi[i] = new String[] {i == 0 ? "ABK" : "ABF", diagnoses.get(i)};
    }
    out.segment("HI", hi);
    RenderingProvider rendering = details.rendering();
    if (rendering != null) {
      out.segment("NM1", "82", "1", rendering.lastName(), rendering.firstName(), null, null, null, "XX",
          rendering.npi());
      if (rendering.taxonomy() != null) {
        out.segment("PRV", "PE", "PXC", rendering.taxonomy());
      }
    }
    for (OtherPayer other : claim.otherPayers()) {
      out.segment("SBR", other.responsibility().name(), other.relationshipCode(), other.groupNumber(), null, null,
          null, null, null, other.claimFilingIndicator());
      if (other.paidAmount() != null) {
        out.segment("AMT", "D", other.paidAmount());
      }
      out.segment("OI", null, null, details.benefitsAssignment(), null, null, details.releaseOfInformation());
      out.segment("NM1", "IL", "1", other.insuredLastName(), other.insuredFirstName(), null, null, null, "MI",
          other.insuredMemberId());
      out.segment("NM1", "PR", "2", other.payerName(), null, null, null, null, "PI", other.payerId());
    }
    for (ServiceLine line : claim.serviceLines()) {
      out.segment("LX", Integer.toString(line.lineNumber()));
      String[] procedure = new String[2 + line.modifiers().size()];
      procedure[0] = "HC";
      procedure[1] = line.procedureCode();
      for (int m = 0; m < line.modifiers().size(); m++) {
        procedure[2 + m] = line.modifiers().get(m);
      }
      String[] pointers = new String[line.diagnosisPointers().size()];
      for (int p = 0; p < pointers.length; p++) {
        pointers[p] = line.diagnosisPointers().get(p).toString();
      }
      out.segment("SV1", procedure, line.charge(), "UN", line.units().stripTrailingZeros().toPlainString(),
          line.placeOfService(), null, pointers);
      out.segment("DTP", "472", "D8", line.serviceDate());
      if (line.lineItemControlNumber() != null) {
        out.segment("REF", "6R", line.lineItemControlNumber());
      }
    }
  }

  private static void address(X12Writer out, Address address) {
    if (address == null) {
      return;
    }
    out.segment("N3", address.line1(), address.line2());
    out.segment("N4", address.city(), address.state(), address.postalCode());
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
