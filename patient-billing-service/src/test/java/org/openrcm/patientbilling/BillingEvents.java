package org.openrcm.patientbilling;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.common.Address;
import org.openrcm.events.common.Adjustment;
import org.openrcm.events.common.ClaimLine;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Patient;
import org.openrcm.events.payments.PatientPaymentPosted;
import org.openrcm.events.payments.PatientResponsibilityDetermined;
import org.openrcm.events.payments.PatientResponsibilityDeterminedV2;

/** Events of one patient's visits as claims-service and payments-service announce them. */
public final class BillingEvents {

    public static final LocalDate DATE_OF_SERVICE = LocalDate.of(2026, 10, 14);
    public static final Address HOME = new Address("12 Birch Lane", null, "Springfield", "IL", "62704");
    public static final Address NEW_HOME = new Address("400 Lake Shore Dr", "Apt 9", "Chicago", "IL", "60611");

    private BillingEvents() {
    }

    public static ClaimCreated claimCreated(String tenant, String claimId, String patientId, String totalCharge) {
        return claimCreated(tenant, claimId, patientId, totalCharge, HOME, Instant.parse("2026-10-15T09:00:00Z"));
    }

    public static ClaimCreated claimCreated(String tenant, String claimId, String patientId, String totalCharge,
            Address address, Instant createdAt) {
        return new ClaimCreated(tenant, claimId, "enc-" + claimId,
                new Patient(patientId, "Jane", "Doe", LocalDate.of(1971, 6, 2), "F", address),
                new Coverage("60054", "Aetna", "W123456789", "G-77", "18", "CI"), "1234567893", "1234567893",
                DATE_OF_SERVICE, "11", List.of("E119", "I10"),
                List.of(new ClaimLine(1, "99213", List.of("25"), 1, money(totalCharge), List.of(1, 2))),
                money(totalCharge), createdAt);
    }

    /** The payer paid {@code insurancePaid} of {@code charge}; {@code patientShare} is the patient's copay. */
    public static PatientResponsibilityDetermined responsibility(String tenant, String claimId, String patientId,
            String charge, String insurancePaid, String patientShare) {
        return new PatientResponsibilityDetermined(tenant, claimId, patientId, "rem-" + claimId, "60054",
                DATE_OF_SERVICE, money(charge), money(insurancePaid), money(patientShare),
                List.of(new Adjustment("PR", "3", money(patientShare))), Instant.parse("2026-11-02T06:06:01Z"));
    }

    /** What the patient owes for the claim now (v2), after the adjudication named by {@code reason}. */
    public static PatientResponsibilityDeterminedV2 owed(String tenant, String claimId, String patientId,
            String amount, String previous, String reason, int revision) {
        return new PatientResponsibilityDeterminedV2(tenant, claimId, patientId, "rem-" + revision, "60054",
                DATE_OF_SERVICE, money("170.40"), money("98.12"), money(amount), money(previous), reason, revision,
                money(amount).signum() == 0 ? List.of() : List.of(new Adjustment("PR", "3", money(amount))),
                Instant.parse("2026-11-02T06:06:01Z").plusSeconds(revision));
    }

    public static PatientPaymentPosted patientPayment(String tenant, String paymentId, String patientId,
            String claimId, String amount) {
        return new PatientPaymentPosted(tenant, paymentId, patientId, claimId, money(amount),
                Instant.parse("2026-11-10T17:45:09Z"));
    }

    public static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }
}
