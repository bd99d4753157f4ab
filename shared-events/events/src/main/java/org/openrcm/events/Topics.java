package org.openrcm.events;

import java.util.List;

/**
 * The topics of the cycle: one per aggregate type, keyed by aggregate id, plus one dead-letter topic per
 * consuming service. Partition counts bound how far a consumer group can scale out.
 */
public final class Topics {

    public static final TopicSpec ENCOUNTERS = new TopicSpec("rcm.coding.encounters", 6);
    public static final TopicSpec CLAIMS = new TopicSpec("rcm.claims.claims", 6);
    public static final TopicSpec REMITTANCES = new TopicSpec("rcm.payments.remittances", 3);
    public static final TopicSpec CLAIM_PAYMENTS = new TopicSpec("rcm.payments.claim-payments", 6);
    public static final TopicSpec PATIENT_ACCOUNTS = new TopicSpec("rcm.patient-billing.accounts", 6);

    public static final TopicSpec CODING_DLQ = new TopicSpec("rcm.coding.dlq", 1);
    public static final TopicSpec CLAIMS_DLQ = new TopicSpec("rcm.claims.dlq", 1);
    public static final TopicSpec PAYMENTS_DLQ = new TopicSpec("rcm.payments.dlq", 1);
    public static final TopicSpec PATIENT_BILLING_DLQ = new TopicSpec("rcm.patient-billing.dlq", 1);

    public static final List<TopicSpec> EVENT_TOPICS =
            List.of(ENCOUNTERS, CLAIMS, REMITTANCES, CLAIM_PAYMENTS, PATIENT_ACCOUNTS);

    public static final List<TopicSpec> DEAD_LETTER_TOPICS =
            List.of(CODING_DLQ, CLAIMS_DLQ, PAYMENTS_DLQ, PATIENT_BILLING_DLQ);

    public static final List<TopicSpec> ALL = List.of(ENCOUNTERS, CLAIMS, REMITTANCES, CLAIM_PAYMENTS,
            PATIENT_ACCOUNTS, CODING_DLQ, CLAIMS_DLQ, PAYMENTS_DLQ, PATIENT_BILLING_DLQ);

    private Topics() {
    }
}
