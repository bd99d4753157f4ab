package org.openrcm.patientbilling.api;

import java.math.BigDecimal;
import java.time.Instant;

import org.openrcm.patientbilling.payment.PatientPayment;
import org.openrcm.patientbilling.payment.PaymentMethod;

/** A payment taken: RECEIVED until payments-service posted it, then POSTED. */
public record PaymentResponse(String paymentId, String accountId, PaymentMethod method, BigDecimal amount,
        String reference, String claimId, Instant receivedAt, String status) {

    static PaymentResponse of(PatientPayment payment) {
        return new PaymentResponse(payment.id().toString(), payment.accountId().toString(), payment.method(),
                payment.amount(), payment.method() == PaymentMethod.CARD ? mask(payment.reference())
                        : payment.reference(),
                payment.claimId(), payment.receivedAt(), payment.postedAt() == null ? "RECEIVED" : "POSTED");
    }

    /** A card token is a credential with the processor: only its last four characters are shown back. */
    private static String mask(String token) {
        return token.length() <= 4 ? "****" : "****" + token.substring(token.length() - 4);
    }
}
