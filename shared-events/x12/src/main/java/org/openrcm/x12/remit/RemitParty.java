package org.openrcm.x12.remit;

import java.util.List;
import org.openrcm.x12.Address;

/**
 * Loop 1000A (N1*PR payer) or 1000B (N1*PE payee).
 *
 * @param entityCode      N101: {@code PR} or {@code PE}
 * @param name            N102
 * @param idQualifier     N103: payee {@code XX} NPI or {@code FI} tax id; payer {@code XV} when present
 * @param id              N104
 * @param address         N3/N4, optional
 * @param references      REF (payer {@code 2U} payer id, payee {@code TJ} tax id, ...)
 * @param segmentPosition position of the N1 in the transaction set when read, 0 when built
 */
public record RemitParty(
    String entityCode,
    String name,
    String idQualifier,
    String id,
    Address address,
    List<Reference> references,
    int segmentPosition) {

  public RemitParty {
    references = references == null ? List.of() : List.copyOf(references);
  }

  /** The value of the first REF with this qualifier, or {@code null}. */
  public String reference(String qualifier) {
    return references.stream().filter(r -> qualifier.equals(r.qualifier())).map(Reference::value).findFirst()
        .orElse(null);
  }
}
