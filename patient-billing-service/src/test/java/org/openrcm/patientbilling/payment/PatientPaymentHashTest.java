package org.openrcm.patientbilling.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.patientbilling.BillingEvents.money;

import org.junit.jupiter.api.Test;

class PatientPaymentHashTest {

    @Test
    void theSameRequestHashesTheSameWhateverTheAmountsScale() {
        assertThat(PatientPaymentService.hash(new PatientPaymentService.Request(PaymentMethod.CASH, money("10"), null,
                null))).isEqualTo(PatientPaymentService.hash(new PatientPaymentService.Request(PaymentMethod.CASH,
                        money("10.00"), null, null)));
    }

    @Test
    void anyDifferenceInTheRequestChangesTheHash() {
        String base = PatientPaymentService.hash(new PatientPaymentService.Request(PaymentMethod.CARD,
                money("10.00"), "tok_1", "clm-1"));

        assertThat(PatientPaymentService.hash(new PatientPaymentService.Request(PaymentMethod.CARD, money("10.01"),
                "tok_1", "clm-1"))).isNotEqualTo(base);
        assertThat(PatientPaymentService.hash(new PatientPaymentService.Request(PaymentMethod.CHECK, money("10.00"),
                "tok_1", "clm-1"))).isNotEqualTo(base);
        assertThat(PatientPaymentService.hash(new PatientPaymentService.Request(PaymentMethod.CARD, money("10.00"),
                "tok_2", "clm-1"))).isNotEqualTo(base);
        assertThat(PatientPaymentService.hash(new PatientPaymentService.Request(PaymentMethod.CARD, money("10.00"),
                "tok_1", null))).isNotEqualTo(base);
    }
}
