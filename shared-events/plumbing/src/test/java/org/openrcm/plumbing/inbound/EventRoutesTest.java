package org.openrcm.plumbing.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openrcm.events.EventCatalog;
import org.openrcm.events.payments.PatientResponsibilityDetermined;
import org.openrcm.events.payments.PaymentPosted;

class EventRoutesTest {

    private final EventRoutes routes = EventRoutes.builder()
            .on(PaymentPosted.class, (envelope, event) -> {
            })
            .on(PatientResponsibilityDetermined.class, (envelope, event) -> {
            })
            .build();

    @Test
    void anotherVersionOfARoutedEventIsRecognisedAsUnrouted() {
        assertThat(routes.route("org.openrcm.payments.PaymentPosted.v2")).isEmpty();
        assertThat(routes.isUnroutedVersionOfHandledEvent("org.openrcm.payments.PaymentPosted.v2")).isTrue();
        assertThat(routes.isUnroutedVersionOfHandledEvent(
                EventCatalog.PATIENT_RESPONSIBILITY_DETERMINED_V2.ceType())).isTrue();
    }

    @Test
    void routedVersionsAndEventsTheConsumerIgnoresAreNot() {
        assertThat(routes.isUnroutedVersionOfHandledEvent(EventCatalog.PAYMENT_POSTED.ceType())).isFalse();
        assertThat(routes.isUnroutedVersionOfHandledEvent(EventCatalog.CLAIM_DENIED.ceType())).isFalse();
        assertThat(routes.isUnroutedVersionOfHandledEvent("org.openrcm.payments.ClaimDenied.v9")).isFalse();
        assertThat(routes.isUnroutedVersionOfHandledEvent("garbage")).isFalse();
    }
}
