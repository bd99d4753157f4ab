package org.openrcm.claims.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.openrcm.claims.domain.BillingProfileDetails;
import org.openrcm.claims.domain.Claim;
import org.openrcm.claims.domain.PayerConfigDetails;
import org.openrcm.claims.domain.ServiceLine;
import org.openrcm.events.common.Address;
import org.openrcm.events.common.Provider;
import org.openrcm.x12.claim.BillingProvider;
import org.openrcm.x12.claim.Claim837;
import org.openrcm.x12.claim.Claim837Transaction;
import org.openrcm.x12.claim.ClaimDetails;
import org.openrcm.x12.claim.FrequencyCode;
import org.openrcm.x12.claim.Patient;
import org.openrcm.x12.claim.Payer;
import org.openrcm.x12.claim.PayerResponsibility;
import org.openrcm.x12.claim.Receiver;
import org.openrcm.x12.claim.RenderingProvider;
import org.openrcm.x12.claim.Submitter;
import org.openrcm.x12.claim.Subscriber;

/**
 * Maps a claim, its practice's billing profile and its payer's configuration to the X12 module's 837P model. The
 * guide's rules that depend on our data are decided here: 2000C only when the patient is not the subscriber, REF*F8
 * only for frequency 7/8, CLM07/CLM08/CLM09 from the signatures on file, SBR05 only for Medicare secondary, 2310B
 * only when rendering differs from billing, PRV*BI when the payer requires it. The billing NPI is the one captured
 * on the claim, not the profile's at send time.
 */
public final class Claim837Mapper {

    /** Individual relationship code 18: the patient is the subscriber. */
    static final String SELF = "18";
    /** SBR09 claim filing indicators of Medicare (Part A, Part B). */
    static final Set<String> MEDICARE = Set.of("MA", "MB");

    private Claim837Mapper() {
    }

    public static Claim837 claim(Claim claim, BillingProfileDetails profile, PayerConfigDetails payer) {
        boolean self = SELF.equals(claim.coverage().relationshipCode());
        return new Claim837(billingProvider(claim, profile, payer), subscriber(claim, payer, self),
                new Payer(payer.name(), claim.payerId()), self ? null : patient(claim), details(claim),
                claim.lines().stream().map(line -> line(claim, line)).toList());
    }

    /** One transaction set: BHT03 is the submission id. */
    public static Claim837Transaction transaction(String submissionId, LocalDateTime created,
            BillingProfileDetails.SubmitterDetails submitter, BillingProfileDetails.ReceiverDetails receiver,
            List<Claim837> claims) {
        return new Claim837Transaction(submissionId, created, new Submitter(submitter.name(), submitter.id(),
                submitter.contactName(), submitter.contactPhone(), submitter.contactEmail()),
                new Receiver(receiver.name(), receiver.id()), claims);
    }

    private static BillingProvider billingProvider(Claim claim, BillingProfileDetails profile,
            PayerConfigDetails payer) {
        Address payTo = profile.payToAddress() == null || profile.payToAddress().equals(profile.address()) ? null
                : profile.payToAddress();
        return new BillingProvider(profile.billingProviderName(), claim.billingProviderNpi(), profile.taxId(),
                profile.taxonomyCode(), address(profile.address()), address(payTo),
                payer.requiresBillingTaxonomy());
    }

    private static Subscriber subscriber(Claim claim, PayerConfigDetails payer, boolean self) {
        PayerResponsibility responsibility = PayerResponsibility.valueOf(claim.payerResponsibility());
        // SBR05 says why Medicare is not primary; no other payer and no primary claim carries it.
        String insuranceType = MEDICARE.contains(payer.claimFilingIndicator())
                && responsibility != PayerResponsibility.P ? claim.insuranceTypeCode() : null;
        String lastName;
        String firstName;
        LocalDate birthDate;
        String sex;
        Address address;
        if (self) {
            lastName = claim.patient().lastName();
            firstName = claim.patient().firstName();
            birthDate = claim.patient().birthDate();
            sex = claim.patient().sex();
            address = claim.patient().address();
        } else {
            org.openrcm.claims.domain.Subscriber insured = claim.subscriber();
            lastName = insured == null ? null : insured.lastName();
            firstName = insured == null ? null : insured.firstName();
            birthDate = insured == null ? null : insured.birthDate();
            sex = insured == null ? null : insured.sex();
            address = insured == null ? null : insured.address();
        }
        return new Subscriber(responsibility, self, blankToNull(claim.coverage().groupNumber()),
                payer.claimFilingIndicator(), insuranceType, claim.coverage().memberId(), lastName, firstName,
                birthDate, sex, address(address));
    }

    private static Patient patient(Claim claim) {
        return new Patient(claim.coverage().relationshipCode(), claim.patient().lastName(),
                claim.patient().firstName(), claim.patient().birthDate(), claim.patient().sex(),
                address(claim.patient().address()));
    }

    private static ClaimDetails details(Claim claim) {
        FrequencyCode frequency = FrequencyCode.ofCode(claim.frequencyCode());
        // A signature on file assigning benefits (CLM08 Y) goes with the provider accepting assignment (CLM07 A).
        boolean assigned = claim.benefitsAssigned();
        return new ClaimDetails(claim.patientControlNumber(), claim.totalCharge(), claim.placeOfService(), frequency,
                frequency.refersToPriorClaim() ? claim.payerClaimNumber() : null, true, assigned ? "A" : "C",
                assigned ? "Y" : "N", claim.releaseOfInformation() ? "Y" : "I", claim.diagnosisCodes(),
                rendering(claim));
    }

    private static RenderingProvider rendering(Claim claim) {
        if (claim.renderingProviderNpi().equals(claim.billingProviderNpi())) {
            return null;
        }
        Provider provider = claim.renderingProvider();
        return new RenderingProvider(claim.renderingProviderNpi(), provider == null ? null : provider.lastName(),
                provider == null ? null : provider.firstName(), null);
    }

    private static org.openrcm.x12.claim.ServiceLine line(Claim claim, ServiceLine line) {
        return new org.openrcm.x12.claim.ServiceLine(line.lineNumber(), line.procedureCode(), line.modifiers(),
                line.charge(), BigDecimal.valueOf(line.units()), null, line.diagnosisPointers(),
                claim.dateOfService(), Integer.toString(line.lineNumber()));
    }

    private static org.openrcm.x12.Address address(Address address) {
        return address == null ? null : new org.openrcm.x12.Address(address.line1(), blankToNull(address.line2()),
                address.city(), address.state(), address.postalCode());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
