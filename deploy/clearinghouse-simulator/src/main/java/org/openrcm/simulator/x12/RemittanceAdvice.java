package org.openrcm.simulator.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import org.openrcm.simulator.adjudication.PayerClaim;
import org.openrcm.simulator.adjudication.ProviderAdjustment;
import org.openrcm.simulator.adjudication.Remittance;
import org.openrcm.simulator.adjudication.RemittedClaim;
import org.openrcm.simulator.adjudication.RemittedLine;
import org.openrcm.x12.Address;
import org.openrcm.x12.remit.Adjustment;
import org.openrcm.x12.remit.ClaimPayment;
import org.openrcm.x12.remit.PaymentInfo;
import org.openrcm.x12.remit.ProcedureCode;
import org.openrcm.x12.remit.QualifiedDate;
import org.openrcm.x12.remit.Reference;
import org.openrcm.x12.remit.RemarkCode;
import org.openrcm.x12.remit.RemitName;
import org.openrcm.x12.remit.RemitParty;
import org.openrcm.x12.remit.Remittance835;
import org.openrcm.x12.remit.ServicePayment;
import org.openrcm.x12.remit.TraceNumber;

/** A payer's remittance as an 835 transaction set. */
final class RemittanceAdvice {

    /** PLB carries at most six adjustments; more go into further PLB segments. */
    private static final int ITEMS_PER_PLB = 6;
    private static final Address PAYER_ADDRESS = new Address("PO Box 4500", null, "Chicago", "IL", "606804500");
    private static final PaymentInfo.BankAccount PAYER_ACCOUNT =
            new PaymentInfo.BankAccount("01", "071000013", "DA", "4400012345");
    private static final PaymentInfo.BankAccount PAYEE_ACCOUNT =
            new PaymentInfo.BankAccount("01", "081000032", "DA", "7700098765");

    private RemittanceAdvice() {
    }

    static Remittance835 of(Remittance remittance) {
        BigDecimal amount = remittance.paymentAmount();
        boolean pays = amount.signum() > 0;
        String companyId = "1" + String.format("%09d", Math.floorMod(remittance.payerId().hashCode(), 1_000_000_000));
        PaymentInfo payment = new PaymentInfo(pays ? "I" : "H", amount, "C", pays ? "ACH" : "NON",
                pays ? "CCP" : null, pays ? PAYER_ACCOUNT : null, pays ? PAYEE_ACCOUNT : null,
                pays ? companyId : null, remittance.paymentDate(), 0);
        TraceNumber trace = new TraceNumber("1", remittance.traceNumber(), companyId, null, 0);
        RemitParty payer = new RemitParty("PR", remittance.payerName(), null, null, PAYER_ADDRESS,
                List.of(new Reference("2U", remittance.payerId(), 0)), 0);
        RemitParty payee = new RemitParty("PE", remittance.payee().name(), "XX", remittance.payee().npi(), null,
                remittance.payee().taxId() == null ? List.of() : List.of(new Reference("TJ", remittance.payee().taxId(), 0)),
                0);
        List<ClaimPayment> claims = remittance.claims().stream().map(RemittanceAdvice::claim).toList();
        return new Remittance835(null, payment, trace, List.of(),
                List.of(new QualifiedDate("405", remittance.paymentDate(), 0)), payer, payee, claims,
                providerAdjustments(remittance));
    }

    private static ClaimPayment claim(RemittedClaim remitted) {
        PayerClaim claim = remitted.claim();
        RemitName patient = new RemitName("QC", "1", claim.patient().lastName(), claim.patient().firstName(), null,
                "MI", claim.memberId(), 0);
        RemitName insured = claim.patient().equals(claim.subscriber()) ? null
                : new RemitName("IL", "1", claim.subscriber().lastName(), claim.subscriber().firstName(), null, "MI",
                        claim.memberId(), 0);
        List<RemarkCode> remarks = remitted.claimRemarks().stream().map(code -> new RemarkCode(code, "MOA", 0))
                .toList();
        List<LocalDate> dates = claim.lines().stream().map(line -> line.serviceDate()).sorted().toList();
        List<QualifiedDate> period = List.of(new QualifiedDate("232", dates.get(0), 0),
                new QualifiedDate("233", dates.get(dates.size() - 1), 0));
        return new ClaimPayment(null, 1, claim.patientControlNumber(), remitted.statusCode(), remitted.charge(),
                remitted.paid(), remitted.patientResponsibility(), filingIndicator(remitted), remitted.payerClaimNumber(),
                claim.placeOfService(), "1", List.of(), patient, insured, null, null, null, remarks, period, List.of(),
                List.of(), remitted.lines().stream().map(RemittanceAdvice::line).toList(), 0);
    }

    private static String filingIndicator(RemittedClaim remitted) {
        String sent = remitted.claim().claimFilingIndicator();
        return sent == null || sent.isBlank() ? "CI" : sent;
    }

    private static ServicePayment line(RemittedLine remitted) {
        ProcedureCode procedure = new ProcedureCode("HC", remitted.line().procedureCode(), remitted.line().modifiers(),
                null);
        List<Adjustment> adjustments = remitted.adjustments().stream()
                .map(adjustment -> new Adjustment(adjustment.groupCode(), adjustment.reasonCode(), adjustment.amount(),
                        null, 0, 0))
                .toList();
        List<RemarkCode> remarks = remitted.remarks().stream().map(code -> new RemarkCode(code, "LQ", 0)).toList();
        return new ServicePayment(procedure, remitted.charge(), remitted.paid(), null, remitted.line().units(), null,
                null, List.of(new QualifiedDate("472", remitted.line().serviceDate(), 0)), adjustments,
                List.of(new Reference("6R", remitted.line().lineControlNumber(), 0)), List.of(), remarks, 0);
    }

    private static List<org.openrcm.x12.remit.ProviderAdjustment> providerAdjustments(Remittance remittance) {
        List<org.openrcm.x12.remit.ProviderAdjustment> segments = new ArrayList<>();
        List<ProviderAdjustment> all = remittance.providerAdjustments();
        LocalDate fiscalPeriodEnd = MonthDay.of(12, 31).atYear(remittance.paymentDate().getYear());
        for (int from = 0; from < all.size(); from += ITEMS_PER_PLB) {
            List<org.openrcm.x12.remit.ProviderAdjustment.Item> items = all.subList(from,
                    Math.min(all.size(), from + ITEMS_PER_PLB)).stream()
                    .map(adjustment -> new org.openrcm.x12.remit.ProviderAdjustment.Item(adjustment.reasonCode(),
                            adjustment.reference(), adjustment.amount()))
                    .toList();
            segments.add(new org.openrcm.x12.remit.ProviderAdjustment(null, remittance.payee().npi(), fiscalPeriodEnd,
                    items, 0));
        }
        return segments;
    }
}
