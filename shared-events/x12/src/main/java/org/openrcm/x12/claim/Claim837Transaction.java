package org.openrcm.x12.claim;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One 837P transaction set (ST..SE).
 *
 * @param originatorTransactionId BHT03: our submission id
 * @param created                 BHT04/BHT05
 * @param submitter               1000A
 * @param receiver                1000B
 * @param claims                  the claims in file order
 */
public record Claim837Transaction(
    String originatorTransactionId,
    LocalDateTime created,
    Submitter submitter,
    Receiver receiver,
    List<Claim837> claims) {

  public Claim837Transaction {
    claims = claims == null ? List.of() : List.copyOf(claims);
  }
}
