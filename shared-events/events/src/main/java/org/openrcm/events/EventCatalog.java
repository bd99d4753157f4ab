package org.openrcm.events;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import org.openrcm.events.payments.RemittanceReceived;

/**
 * Every event of the cycle: its record, the topic it is published on, and its versioned CloudEvents type. A
 * breaking change to an event is a new version (a new entry and schema), never an edit of a published one.
 */
public enum EventCatalog {

    ENCOUNTER_RECEIVED(EncounterReceived.class, Topics.ENCOUNTERS, "coding", 1),
    ENCOUNTER_CODED(EncounterCoded.class, Topics.ENCOUNTERS, "coding", 1),
    CODING_REVIEW_REQUIRED(CodingReviewRequired.class, Topics.ENCOUNTERS, "coding", 1),

    CLAIM_CREATED(ClaimCreated.class, Topics.CLAIMS, "claims", 1),
    CLAIM_SCRUB_FAILED(ClaimScrubFailed.class, Topics.CLAIMS, "claims", 1),
    CLAIM_SUBMITTED(ClaimSubmitted.class, Topics.CLAIMS, "claims", 1),
    CLAIM_ACCEPTED(ClaimAccepted.class, Topics.CLAIMS, "claims", 1),
    CLAIM_REJECTED(ClaimRejected.class, Topics.CLAIMS, "claims", 1),
    CLAIM_RESUBMITTED(ClaimResubmitted.class, Topics.CLAIMS, "claims", 1),
    CLAIM_VOIDED(ClaimVoided.class, Topics.CLAIMS, "claims", 1),

    REMITTANCE_RECEIVED(RemittanceReceived.class, Topics.REMITTANCES, "payments", 1),
    PAYMENT_POSTED(PaymentPosted.class, Topics.CLAIM_PAYMENTS, "payments", 1),
    CLAIM_DENIED(ClaimDenied.class, Topics.CLAIM_PAYMENTS, "payments", 1),
    PATIENT_RESPONSIBILITY_DETERMINED(PatientResponsibilityDetermined.class, Topics.CLAIM_PAYMENTS, "payments", 1),
    PATIENT_RESPONSIBILITY_DETERMINED_V2(PatientResponsibilityDeterminedV2.class, Topics.CLAIM_PAYMENTS, "payments",
            "PatientResponsibilityDetermined", 2),
    PAYMENT_REVERSED(PaymentReversed.class, Topics.CLAIM_PAYMENTS, "payments", 1),
    CLAIM_CORRECTION_REQUESTED(ClaimCorrectionRequested.class, Topics.CLAIM_PAYMENTS, "payments", 1),
    PATIENT_PAYMENT_POSTED(PatientPaymentPosted.class, Topics.CLAIM_PAYMENTS, "payments", 1),

    PATIENT_STATEMENT_ISSUED(PatientStatementIssued.class, Topics.PATIENT_ACCOUNTS, "patientbilling", 1),
    PATIENT_PAYMENT_RECEIVED(PatientPaymentReceived.class, Topics.PATIENT_ACCOUNTS, "patientbilling", 1),
    PAYMENT_PLAN_CREATED(PaymentPlanCreated.class, Topics.PATIENT_ACCOUNTS, "patientbilling", 1),
    ACCOUNT_SENT_TO_COLLECTIONS(AccountSentToCollections.class, Topics.PATIENT_ACCOUNTS, "patientbilling", 1);

    private static final Map<Class<?>, EventCatalog> BY_CLASS =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventCatalog::recordType, Function.identity()));
    private static final Map<String, EventCatalog> BY_CE_TYPE =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventCatalog::ceType, Function.identity()));

    private final Class<? extends RcmEvent> recordType;
    private final TopicSpec topic;
    private final String domain;
    private final String eventName;
    private final int version;

    EventCatalog(Class<? extends RcmEvent> recordType, TopicSpec topic, String domain, int version) {
        this(recordType, topic, domain, recordType.getSimpleName(), version);
    }

    /** A later version of an event: its record is a new class beside the earlier one's, the event keeps its name. */
    EventCatalog(Class<? extends RcmEvent> recordType, TopicSpec topic, String domain, String eventName, int version) {
        this.recordType = recordType;
        this.topic = topic;
        this.domain = domain;
        this.eventName = eventName;
        this.version = version;
    }

    public Class<? extends RcmEvent> recordType() {
        return recordType;
    }

    public TopicSpec topic() {
        return topic;
    }

    public int version() {
        return version;
    }

    /** The event's simple name, e.g. {@code ClaimRejected}. */
    public String eventName() {
        return eventName;
    }

    /** The CloudEvents type, e.g. {@code org.openrcm.claims.ClaimRejected.v1}. */
    public String ceType() {
        return "org.openrcm." + domain + "." + eventName() + ".v" + version;
    }

    /** Classpath location of the event's JSON Schema, e.g. {@code /schemas/ClaimRejected.v1.schema.json}. */
    public String schemaResource() {
        return "/schemas/" + eventName() + ".v" + version + ".schema.json";
    }

    public static EventCatalog of(Class<?> recordType) {
        EventCatalog entry = BY_CLASS.get(recordType);
        if (entry == null) {
            throw new IllegalArgumentException("Not an event of the catalog: " + recordType.getName());
        }
        return entry;
    }

    /** The catalog entry of a CloudEvents type, empty for types this version of the contracts does not know. */
    public static Optional<EventCatalog> byCeType(String ceType) {
        return Optional.ofNullable(BY_CE_TYPE.get(ceType));
    }
}
