package org.openrcm.events.payments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.openrcm.events.RcmEvent;

/**
 * A payer's remittance advice (835) was taken in.
 *
 * @param traceNumber   TRN02, the check or EFT trace number used to match the bank deposit
 * @param paymentMethod BPR04: ACH, CHK, NON ...
 */
public record RemittanceReceived(String tenantId, String remittanceId, String payerId, String payerName,
        String traceNumber, BigDecimal paymentAmount, String paymentMethod, LocalDate paymentDate, int claimCount,
        Instant receivedAt) implements RcmEvent {

    @Override
    public String aggregateId() {
        return remittanceId;
    }
}
