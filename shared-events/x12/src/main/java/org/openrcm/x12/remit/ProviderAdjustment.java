package org.openrcm.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * PLB: provider level adjustments, not tied to a claim.
 *
 * @param setControlNumber ST02 of the transaction set it came from ({@code null} when built)
 * @param providerId       PLB01 (NPI or tax id of the payee)
 * @param fiscalPeriodDate PLB02
 * @param items            1 to 6 reason/reference + amount pairs
 * @param segmentPosition  position of the PLB in the transaction set when read, 0 when built
 */
public record ProviderAdjustment(String setControlNumber, String providerId, LocalDate fiscalPeriodDate,
    List<Item> items, int segmentPosition) {

  public ProviderAdjustment {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /**
   * One adjustment of a PLB.
   *
   * @param reasonCode PLB03-1 etc.: {@code L6} interest, {@code WO} overpayment recovery, {@code FB} forward
   *                   balance, {@code 72} authorized return, {@code CS} adjustment, ...
   * @param reference  PLB03-2 etc., optional (e.g. the payer claim number recovered)
   * @param amount     PLB04 etc.: positive reduces the payment (recovery), negative increases it (interest)
   */
  public record Item(String reasonCode, String reference, BigDecimal amount) {
  }
}
