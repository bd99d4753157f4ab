package org.openrcm.x12.remit;

/**
 * An NM1 inside a claim payment (2100): QC patient, IL insured, 74 corrected insured, 82 rendering provider,
 * PR crossover payer, TT transfer-to (crossover carrier), ...
 *
 * @param entityCode      NM101
 * @param entityType      NM102 ({@code 1} person, {@code 2} organization)
 * @param lastName        NM103 (organization name for type 2)
 * @param firstName       NM104
 * @param middleName      NM105
 * @param idQualifier     NM108
 * @param id              NM109
 * @param segmentPosition position in the transaction set when read, 0 when built
 */
public record RemitName(String entityCode, String entityType, String lastName, String firstName, String middleName,
    String idQualifier, String id, int segmentPosition) {
}
