package org.openrcm.x12.ack;

import java.time.LocalDate;
import java.util.List;

/**
 * One 277CA 005010X214 transaction set.
 *
 * @param referenceId             BHT03
 * @param created                 BHT04
 * @param informationSourceName   2100A NM1*PR NM103 (the clearinghouse or payer answering)
 * @param informationSourceId     2100A NM109
 * @param informationReceiverName 2100B NM1*41 NM103 (the submitter)
 * @param informationReceiverId   2100B NM109
 * @param receiverStatuses        2200B STCs (information receiver level: the whole submission)
 * @param providers               loops 2000C with their claims
 */
public record ClaimAck277(
    String referenceId,
    LocalDate created,
    String informationSourceName,
    String informationSourceId,
    String informationReceiverName,
    String informationReceiverId,
    List<StatusInfo> receiverStatuses,
    List<ProviderStatus> providers) {

  public ClaimAck277 {
    receiverStatuses = receiverStatuses == null ? List.of() : List.copyOf(receiverStatuses);
    providers = providers == null ? List.of() : List.copyOf(providers);
  }

  /** Every claim of every provider, in file order. */
  public List<ClaimStatus> claims() {
    return providers.stream().flatMap(p -> p.claims().stream()).toList();
  }
}
