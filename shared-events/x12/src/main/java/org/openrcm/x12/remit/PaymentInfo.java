package org.openrcm.x12.remit;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * BPR: the financial information of an 835.
 *
 * @param handlingCode          BPR01: {@code I} remittance with payment, {@code H} notification only, {@code C}
 *                              payment accompanies remittance, ...
 * @param amount                BPR02 total actual provider payment (may be 0)
 * @param creditDebitFlag       BPR03 {@code C} or {@code D}
 * @param paymentMethod         BPR04: {@code ACH}, {@code CHK}, {@code NON}, {@code BOP}, {@code FWT}
 * @param paymentFormat         BPR05, optional ({@code CCP}, {@code CTX})
 * @param senderAccount         BPR06..09, optional
 * @param receiverAccount       BPR12..15, optional
 * @param originatingCompanyId  BPR10, optional
 * @param paymentDate           BPR16
 * @param segmentPosition       position in the transaction set when read, 0 when built
 */
public record PaymentInfo(
    String handlingCode,
    BigDecimal amount,
    String creditDebitFlag,
    String paymentMethod,
    String paymentFormat,
    BankAccount senderAccount,
    BankAccount receiverAccount,
    String originatingCompanyId,
    LocalDate paymentDate,
    int segmentPosition) {

  /**
   * Account data of BPR.
   *
   * @param dfiQualifier     BPR06/BPR12 ({@code 01} ABA routing)
   * @param dfiId            BPR07/BPR13
   * @param accountQualifier BPR08/BPR14 ({@code DA} demand deposit)
   * @param accountNumber    BPR09/BPR15
   */
  public record BankAccount(String dfiQualifier, String dfiId, String accountQualifier, String accountNumber) {
  }
}
