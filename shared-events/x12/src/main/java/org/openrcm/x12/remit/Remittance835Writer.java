package org.openrcm.x12.remit;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.openrcm.x12.Address;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.OutboundEnvelope;
import org.openrcm.x12.WrittenInterchange;
import org.openrcm.x12.X12ValidationException;
import org.openrcm.x12.X12Writer;

/**
 * Writes 835 005010X221A1 interchanges (one ST per {@link Remittance835}), read back before they are returned.
 * Claims are grouped under LX by their header number (consecutive claims with the same number share one LX; no
 * number means LX*1); CAS segments group consecutive adjustments of the same group code, six triplets at most.
 * Writing does not require balance (the simulator writes unbalanced files on purpose); check with
 * {@link RemittanceBalance} first when it must.
 */
public final class Remittance835Writer {

  private final ControlNumbers controlNumbers;
  private final Clock clock;

  public Remittance835Writer(ControlNumbers controlNumbers, Clock clock) {
    this.controlNumbers = Objects.requireNonNull(controlNumbers, "controlNumbers");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Writes one interchange with one functional group ({@code HP}).
   *
   * @throws X12ValidationException when the output breaks the guide
   */
  public WrittenInterchange write(OutboundEnvelope envelope, List<Remittance835> remittances) {
    return new X12Writer(envelope, controlNumbers, clock, "HP", Remittance835Reader.VERSION).writeValidated("835",
        remittances, this::writeSet, content -> Remittance835Reader.readStrictly(content).allIssues(), "835");
  }

  private void writeSet(X12Writer out, Remittance835 r) {
    PaymentInfo p = r.payment();
    PaymentInfo.BankAccount sender = p.senderAccount();
    PaymentInfo.BankAccount receiver = p.receiverAccount();
    out.segment("BPR", p.handlingCode(), p.amount(), p.creditDebitFlag(), p.paymentMethod(), p.paymentFormat(),
        sender == null ? null : sender.dfiQualifier(), sender == null ? null : sender.dfiId(),
        sender == null ? null : sender.accountQualifier(), sender == null ? null : sender.accountNumber(),
        p.originatingCompanyId(), null,
        receiver == null ? null : receiver.dfiQualifier(), receiver == null ? null : receiver.dfiId(),
        receiver == null ? null : receiver.accountQualifier(), receiver == null ? null : receiver.accountNumber(),
        p.paymentDate());
    TraceNumber t = r.trace();
    out.segment("TRN", t.traceTypeCode(), t.traceNumber(), t.originatingCompanyId(), t.referenceId());
    r.references().forEach(ref -> out.segment("REF", ref.qualifier(), ref.value()));
    r.dates().forEach(date -> out.segment("DTM", date.qualifier(), date.date()));
    party(out, r.payer());
    party(out, r.payee());
    Integer header = null;
    boolean first = true;
    for (ClaimPayment claim : r.claims()) {
      Integer number = claim.headerNumber() == null ? Integer.valueOf(1) : claim.headerNumber();
      if (first || !number.equals(header)) {
        out.segment("LX", number.toString());
        header = number;
        first = false;
      }
      claim(out, claim);
    }
    for (ProviderAdjustment plb : r.providerAdjustments()) {
      List<Object> elements = new ArrayList<>();
      elements.add(plb.providerId());
      elements.add(plb.fiscalPeriodDate());
      for (ProviderAdjustment.Item item : plb.items()) {
        elements.add(new String[] {item.reasonCode(), item.reference()});
        elements.add(item.amount());
      }
      out.segment("PLB", elements.toArray());
    }
  }

  private static void party(X12Writer out, RemitParty party) {
    if (party == null) {
      return;
    }
    out.segment("N1", party.entityCode(), party.name(), party.idQualifier(), party.id());
    Address a = party.address();
    if (a != null) {
      out.segment("N3", a.line1(), a.line2());
      out.segment("N4", a.city(), a.state(), a.postalCode());
    }
    party.references().forEach(ref -> out.segment("REF", ref.qualifier(), ref.value()));
  }

  private static void claim(X12Writer out, ClaimPayment c) {
    out.segment("CLP", c.patientControlNumber(), c.statusCode(), c.charge(), c.paid(), c.patientResponsibility(),
        c.claimFilingIndicator(), c.payerClaimControlNumber(), c.facilityCode(), c.frequencyCode());
    adjustments(out, c.adjustments());
    for (RemitName name : new RemitName[] {c.patient(), c.insured(), c.correctedInsured(), c.renderingProvider(),
        c.crossoverPayer()}) {
      if (name != null) {
        out.segment("NM1", name.entityCode(), name.entityType(), name.lastName(), name.firstName(),
            name.middleName(), null, null, name.idQualifier(), name.id());
      }
    }
    List<String> mia = c.remarks().stream().filter(rc -> "MIA".equals(rc.segmentId())).map(RemarkCode::code)
        .toList();
    if (!mia.isEmpty()) {
      Object[] elements = new Object[23];
      elements[0] = "0";
      int[] positions = {5, 20, 21, 22, 23};
      for (int i = 0; i < Math.min(mia.size(), positions.length); i++) {
        elements[positions[i] - 1] = mia.get(i);
      }
      out.segment("MIA", elements);
    }
    List<String> moa = c.remarks().stream().filter(rc -> !"MIA".equals(rc.segmentId())).map(RemarkCode::code)
        .toList();
    if (!moa.isEmpty()) {
      Object[] elements = new Object[7];
      for (int i = 0; i < Math.min(moa.size(), 5); i++) {
        elements[2 + i] = moa.get(i);
      }
      out.segment("MOA", elements);
    }
    c.references().forEach(ref -> out.segment("REF", ref.qualifier(), ref.value()));
    c.dates().forEach(date -> out.segment("DTM", date.qualifier(), date.date()));
    c.amounts().forEach(amount -> out.segment("AMT", amount.qualifier(), amount.amount()));
    for (ServicePayment line : c.lines()) {
      out.segment("SVC", composite(line.procedure()), line.charge(), line.paid(), line.revenueCode(),
          line.units() == null ? null : line.units().toPlainString(), composite(line.originalProcedure()),
          line.originalUnits() == null ? null : line.originalUnits().toPlainString());
      line.dates().forEach(date -> out.segment("DTM", date.qualifier(), date.date()));
      adjustments(out, line.adjustments());
      line.references().forEach(ref -> out.segment("REF", ref.qualifier(), ref.value()));
      line.amounts().forEach(amount -> out.segment("AMT", amount.qualifier(), amount.amount()));
      line.remarks().forEach(remark -> out.segment("LQ", "HE", remark.code()));
    }
  }

  private static void adjustments(X12Writer out, List<Adjustment> adjustments) {
    int i = 0;
    while (i < adjustments.size()) {
      String group = adjustments.get(i).groupCode();
      List<Object> elements = new ArrayList<>();
      elements.add(group);
      int triplets = 0;
      while (i < adjustments.size() && triplets < 6 && group.equals(adjustments.get(i).groupCode())) {
        Adjustment a = adjustments.get(i++);
        elements.add(a.reasonCode());
        elements.add(a.amount());
        elements.add(a.quantity() == null ? null : a.quantity().toPlainString());
        triplets++;
      }
      out.segment("CAS", elements.toArray());
    }
  }

  private static String[] composite(ProcedureCode code) {
    if (code == null) {
      return null;
    }
    String[] components = new String[7];
    components[0] = code.qualifier();
    components[1] = code.code();
    for (int m = 0; m < Math.min(code.modifiers().size(), 4); m++) {
      components[2 + m] = code.modifiers().get(m);
    }
    components[6] = code.description();
    return components;
  }
}
