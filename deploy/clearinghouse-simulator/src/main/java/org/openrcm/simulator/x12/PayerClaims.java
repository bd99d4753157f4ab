package org.openrcm.simulator.x12;

import java.util.List;

import org.openrcm.simulator.adjudication.BillingProvider;
import org.openrcm.simulator.adjudication.PayerClaim;
import org.openrcm.simulator.adjudication.PayerClaimLine;
import org.openrcm.simulator.adjudication.PersonName;
import org.openrcm.x12.claim.Claim837;
import org.openrcm.x12.claim.ClaimDetails;
import org.openrcm.x12.claim.ServiceLine;
import org.openrcm.x12.claim.Subscriber;

/** A claim read from an 837P, as the payer adjudicates it. */
final class PayerClaims {

    private PayerClaims() {
    }

    static PayerClaim from(Claim837 claim) {
        Subscriber subscriber = claim.subscriber();
        ClaimDetails details = claim.details();
        PersonName insured = new PersonName(subscriber.lastName(), subscriber.firstName());
        PersonName patient = claim.patient() == null ? insured
                : new PersonName(claim.patient().lastName(), claim.patient().firstName());
        BillingProvider billing = new BillingProvider(claim.billingProvider().organizationName(),
                claim.billingProvider().npi(), claim.billingProvider().taxId());
        List<PayerClaimLine> lines = claim.serviceLines().stream().map(PayerClaims::line).toList();
        // The 837P model carries no referring provider (2310A), so a claim never names one.
        return new PayerClaim(details.patientControlNumber(), claim.payer().payerId(), claim.payer().name(),
                subscriber.claimFilingIndicator(), subscriber.memberId(), insured, patient, billing, null,
                details.placeOfService(), details.frequency() == null ? "1" : details.frequency().code(),
                details.payerClaimNumber(), details.totalCharge(), details.diagnoses(), lines);
    }

    private static PayerClaimLine line(ServiceLine line) {
        String controlNumber = line.lineItemControlNumber() != null ? line.lineItemControlNumber()
                : Integer.toString(line.lineNumber());
        return new PayerClaimLine(controlNumber, line.procedureCode(), line.modifiers(), line.charge(), line.units(),
                line.serviceDate(), line.diagnosisPointers());
    }
}
