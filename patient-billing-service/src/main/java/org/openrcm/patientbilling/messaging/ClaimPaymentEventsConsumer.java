package org.openrcm.patientbilling.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.openrcm.events.payments.PatientPaymentPosted;
import org.openrcm.events.payments.PatientResponsibilityDetermined;
import org.openrcm.events.payments.PatientResponsibilityDeterminedV2;
import org.openrcm.patientbilling.domain.AccountLedgerService;
import org.openrcm.plumbing.inbound.EventRoutes;
import org.openrcm.plumbing.inbound.InboundEventProcessor;

import io.smallrye.common.annotation.Blocking;

/**
 * {@code rcm.payments.claim-payments}: what the patient owes for a claim becomes the account's charge for it (v2
 * replaces, v1 adds), a posted patient payment a payment; payer postings and denials are skipped.
 */
@ApplicationScoped
public class ClaimPaymentEventsConsumer {

    /** Keys the inbox; never rename. */
    static final String CONSUMER = "patient-billing-service.claim-payments";

    private final InboundEventProcessor processor;
    private final EventRoutes routes;

    ClaimPaymentEventsConsumer(InboundEventProcessor processor, AccountLedgerService ledger) {
        this.processor = processor;
        this.routes = EventRoutes.builder()
                .on(PatientResponsibilityDetermined.class, (envelope, event) -> ledger.responsibilityDetermined(event))
                .on(PatientResponsibilityDeterminedV2.class,
                        (envelope, event) -> ledger.responsibilityDetermined(event))
                .on(PatientPaymentPosted.class, (envelope, event) -> ledger.patientPaymentPosted(event))
                .build();
    }

    /** A poll's records at a time: one inbox statement and one transaction per batch, poison isolated. */
    @Incoming("claim-payments")
    @Blocking
    public void consume(ConsumerRecords<String, byte[]> records) {
        processor.processBatch(CONSUMER, "claim-payments", records, routes);
    }
}
