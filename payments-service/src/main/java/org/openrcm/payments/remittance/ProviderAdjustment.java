package org.openrcm.payments.remittance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.openrcm.payments.domain.Money;

/**
 * One provider-level adjustment (835 PLB, one reason/amount pair). A positive amount reduces the payment (e.g. WO
 * overpayment recovery), a negative one increases it (L6 interest).
 *
 * @param providerId PLB01, the payee's provider identifier
 * @param reasonCode PLB03-1: L6 interest, WO overpayment recovery, FB forward balance, CS adjustment ...
 * @param reference  PLB03-2, e.g. the payer claim number an overpayment is recovered for
 */
public record ProviderAdjustment(String providerId, LocalDate fiscalPeriodDate, String reasonCode, String reference,
        BigDecimal amount, int segmentPosition) {

    public ProviderAdjustment {
        amount = Money.cents(amount);
    }
}
