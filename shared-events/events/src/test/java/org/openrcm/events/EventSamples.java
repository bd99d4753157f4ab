package org.openrcm.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.events.claims.ClaimAccepted;
import org.openrcm.events.claims.ClaimCreated;
import org.openrcm.events.claims.ClaimRejected;
import org.openrcm.events.claims.ClaimResubmitted;
import org.openrcm.events.claims.ClaimScrubFailed;
import org.openrcm.events.claims.ClaimSubmitted;
import org.openrcm.events.claims.ClaimVoided;
import org.openrcm.events.coding.CodingReviewRequired;
import org.openrcm.events.coding.EncounterCoded;
import org.openrcm.events.coding.EncounterReceived;
import org.openrcm.events.common.Address;
import org.openrcm.events.common.Adjustment;
import org.openrcm.events.common.ClaimLine;
import org.openrcm.events.common.Coverage;
import org.openrcm.events.common.Diagnosis;
import org.openrcm.events.common.Patient;
import org.openrcm.events.common.ProcedureLine;
import org.openrcm.events.common.Provider;
import org.openrcm.events.common.ValidationIssue;
import org.openrcm.events.patientbilling.AccountSentToCollections;
import org.openrcm.events.patientbilling.PatientPaymentReceived;
import org.openrcm.events.patientbilling.PatientStatementIssued;
import org.openrcm.events.patientbilling.PaymentPlanCreated;
import org.openrcm.events.payments.ClaimCorrectionRequested;
import org.openrcm.events.payments.ClaimDenied;
import org.openrcm.events.payments.PatientPaymentPosted;
import org.openrcm.events.payments.PatientResponsibilityDetermined;
import org.openrcm.events.payments.PatientResponsibilityDeterminedV2;
import org.openrcm.events.payments.PaymentPosted;
import org.openrcm.events.payments.PaymentReversed;
import org.openrcm.events.payments.RemittanceCode;
import org.openrcm.events.payments.RemittanceReceived;

/**
 * One realistic instance per catalog entry, all telling the story of one office visit: a type 2 diabetic with
 * hypertension seen for an established-patient visit (99213-25) and an ECG (93000), billed to a commercial payer.
 * The switch is exhaustive, so a catalog entry without a sample does not compile.
 */
final class EventSamples {

    static final String TENANT = "lakeside-family-practice";
    static final String ENCOUNTER = "enc-2025-000731";
    static final String CLAIM = "clm-2025-004417";
    static final String PATIENT = "pat-000982";
    static final String ACCOUNT = "acct-000982";
    static final String SUBMISSION = "sub-20250305-01";
    static final String REMITTANCE = "rem-20250402-87";
    static final String PAYER = "60054";
    /** The CMS example NPI: passes the Luhn check with the 80840 prefix. */
    static final String NPI = "1234567893";
    static final LocalDate DATE_OF_SERVICE = LocalDate.of(2025, 3, 3);

    static final Patient JANE = new Patient(PATIENT, "Jane", "Doe", LocalDate.of(1961, 4, 12), "F",
            new Address("12 Lakeview Dr", "Apt 4B", "Springfield", "IL", "627011234"));
    static final Coverage AETNA = new Coverage(PAYER, "AETNA", "W123456789", "GRP-0042", "18", "CI");

    private EventSamples() {
    }

    static RcmEvent of(EventCatalog event) {
        return switch (event) {
            case ENCOUNTER_RECEIVED -> new EncounterReceived(TENANT, ENCOUNTER, "VISIT-88231", PATIENT, NPI,
                    DATE_OF_SERVICE, "11", at("2025-03-03T16:40:12Z"));
            case ENCOUNTER_CODED -> new EncounterCoded(TENANT, ENCOUNTER, "VISIT-88231", JANE, AETNA,
                    new Provider(NPI, "Alan", "Grant"), DATE_OF_SERVICE, "11",
                    List.of(new Diagnosis("E119"), new Diagnosis("I10")),
                    List.of(new ProcedureLine("99213", List.of("25"), 1, List.of(1, 2)),
                            new ProcedureLine("93000", List.of(), 1, List.of(2))),
                    at("2025-03-04T09:12:45.120Z"), 2);
            case CODING_REVIEW_REQUIRED -> new CodingReviewRequired(TENANT, ENCOUNTER,
                    List.of(new ValidationIssue("NCCI_MODIFIER_REQUIRED", "procedures[0].modifiers",
                            "99213 billed with 93000 on the same day needs modifier 25")),
                    at("2025-03-04T09:02:10Z"));
            case CLAIM_CREATED -> new ClaimCreated(TENANT, CLAIM, ENCOUNTER, JANE, AETNA, NPI, NPI, DATE_OF_SERVICE,
                    "11", List.of("E119", "I10"),
                    List.of(new ClaimLine(1, "99213", List.of("25"), 1, money("125.40"), List.of(1, 2)),
                            new ClaimLine(2, "93000", List.of(), 1, money("45.00"), List.of(2))),
                    money("170.40"), at("2025-03-04T09:13:02Z"));
            case CLAIM_SCRUB_FAILED -> new ClaimScrubFailed(TENANT, CLAIM, ENCOUNTER,
                    List.of(new ValidationIssue("MEMBER_ID_FORMAT", "coverage.memberId",
                            "AETNA member ids start with W followed by 9 digits")),
                    at("2025-03-04T09:13:03Z"));
            case CLAIM_SUBMITTED -> new ClaimSubmitted(TENANT, CLAIM, ENCOUNTER, PATIENT, PAYER, SUBMISSION, "1",
                    money("170.40"), DATE_OF_SERVICE, at("2025-03-05T02:00:00Z"), "C1A2B3C4D5", "000000017",
                    "837P-000000017.x12");
            case CLAIM_ACCEPTED -> new ClaimAccepted(TENANT, CLAIM, SUBMISSION, "A2", null,
                    at("2025-03-05T14:21:37Z"));
            case CLAIM_REJECTED -> new ClaimRejected(TENANT, CLAIM, SUBMISSION, "PAYER", "A7", "562",
                    "Entity's National Provider Identifier (NPI) not found in payer enrollment",
                    at("2025-03-06T08:15:00Z"), "PROVIDER", "85");
            case CLAIM_RESUBMITTED -> new ClaimResubmitted(TENANT, CLAIM, SUBMISSION, "sub-20250307-01", "1",
                    null, money("170.40"), at("2025-03-07T02:00:00Z"));
            case CLAIM_VOIDED -> new ClaimVoided(TENANT, CLAIM, "E2025030600123", "Billed to the wrong payer",
                    at("2025-03-10T11:30:00Z"));
            case REMITTANCE_RECEIVED -> new RemittanceReceived(TENANT, REMITTANCE, PAYER, "AETNA",
                    "1RA2504020087", money("1204.87"), "ACH", LocalDate.of(2025, 4, 2), 14,
                    at("2025-04-02T06:05:44Z"));
            // Balances: 170.40 charged = 98.12 paid + 47.28 CO-45 + 25.00 PR-3.
            case PAYMENT_POSTED -> new PaymentPosted(TENANT, "pay-778120", CLAIM, REMITTANCE, PAYER,
                    "E2025030600123", "1", money("170.40"), money("98.12"), money("25.00"),
                    List.of(new Adjustment("CO", "45", money("47.28")), new Adjustment("PR", "3", money("25.00"))),
                    at("2025-04-02T06:06:01Z"), List.of(new RemittanceCode(RemittanceCode.CARC, "45",
                            "Charge exceeds fee schedule/maximum allowable or contracted/legislated fee arrangement"),
                            new RemittanceCode(RemittanceCode.CARC, "3", "Co-payment amount")));
            case CLAIM_DENIED -> new ClaimDenied(TENANT, CLAIM, REMITTANCE, PAYER, money("170.40"),
                    List.of(new Adjustment("CO", "50", money("170.40"))), List.of("N115"),
                    at("2025-04-02T06:06:01Z"), List.of(new RemittanceCode(RemittanceCode.CARC, "50",
                            "These are non-covered services because this is not deemed a 'medical necessity' by the"
                                    + " payer"),
                            new RemittanceCode(RemittanceCode.RARC, "N115",
                                    "This decision was based on a Local Coverage Determination (LCD)")));
            // A secondary payer paid 20.00 of the 25.00 copay the primary left: the patient now owes 5.00.
            case PATIENT_RESPONSIBILITY_DETERMINED_V2 -> new PatientResponsibilityDeterminedV2(TENANT, CLAIM, PATIENT,
                    "rem-20250420-0007", "MEDIGAP01", DATE_OF_SERVICE, money("170.40"), money("118.12"),
                    money("5.00"), money("25.00"), PatientResponsibilityDeterminedV2.SECONDARY, 2,
                    List.of(new Adjustment("PR", "3", money("5.00"))), at("2025-04-20T08:00:00Z"));
            case PAYMENT_REVERSED -> new PaymentReversed(TENANT, "pay-781004", "pay-778120", CLAIM,
                    "rem-20250430-0002", PAYER, "E2025030600123", money("98.12"),
                    List.of(new Adjustment("CO", "45", money("47.28")), new Adjustment("PR", "3", money("25.00"))),
                    at("2025-04-30T06:06:01Z"));
            case CLAIM_CORRECTION_REQUESTED -> new ClaimCorrectionRequested(TENANT, CLAIM, "pay-778121", REMITTANCE,
                    PAYER, "E2025030600123", List.of(new RemittanceCode(RemittanceCode.CARC, "16",
                            "Claim/service lacks information or has submission/billing error(s)"),
                            new RemittanceCode(RemittanceCode.RARC, "M76", null)),
                    "Add the missing diagnosis pointer on line 2", at("2025-04-03T10:15:00Z"));
            case PATIENT_RESPONSIBILITY_DETERMINED -> new PatientResponsibilityDetermined(TENANT, CLAIM, PATIENT,
                    REMITTANCE, PAYER, DATE_OF_SERVICE, money("170.40"), money("98.12"), money("25.00"),
                    List.of(new Adjustment("PR", "3", money("25.00"))), at("2025-04-02T06:06:01Z"));
            case PATIENT_PAYMENT_POSTED -> new PatientPaymentPosted(TENANT, "ppay-20250415-3", PATIENT, CLAIM,
                    money("25.00"), at("2025-04-15T17:45:09Z"));
            case PATIENT_STATEMENT_ISSUED -> new PatientStatementIssued(TENANT, "stmt-2025-04-000982", ACCOUNT,
                    PATIENT, LocalDate.of(2025, 4, 5), LocalDate.of(2025, 5, 5), money("40.00"), money("25.00"),
                    money("15.00"), money("50.00"), 2, at("2025-04-05T04:00:00Z"));
            case PATIENT_PAYMENT_RECEIVED -> new PatientPaymentReceived(TENANT, "ppay-20250415-3", ACCOUNT, PATIENT,
                    CLAIM, money("25.00"), "CARD", "AUTH-441790", at("2025-04-15T17:44:51Z"));
            case PAYMENT_PLAN_CREATED -> new PaymentPlanCreated(TENANT, "plan-000311", ACCOUNT, PATIENT,
                    money("600.00"), money("100.00"), 6, "MONTHLY", LocalDate.of(2025, 5, 1),
                    at("2025-04-16T10:20:00Z"));
            case ACCOUNT_SENT_TO_COLLECTIONS -> new AccountSentToCollections(TENANT, ACCOUNT, PATIENT,
                    "agency-midwest-recovery", money("350.00"), 120, at("2025-09-02T04:00:00Z"));
        };
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}
