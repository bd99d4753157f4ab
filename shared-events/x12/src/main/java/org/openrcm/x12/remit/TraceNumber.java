package org.openrcm.x12.remit;

/**
 * TRN: the reassociation trace (check or EFT number) that matches the deposit.
 *
 * @param traceTypeCode        TRN01 ({@code 1} current transaction trace numbers)
 * @param traceNumber          TRN02: check or EFT trace number
 * @param originatingCompanyId TRN03 (1 + payer TIN)
 * @param referenceId          TRN04, optional
 * @param segmentPosition      position in the transaction set when read, 0 when built
 */
public record TraceNumber(String traceTypeCode, String traceNumber, String originatingCompanyId, String referenceId,
    int segmentPosition) {
}
