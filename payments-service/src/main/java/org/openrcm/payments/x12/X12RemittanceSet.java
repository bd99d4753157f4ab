package org.openrcm.payments.x12;

import org.openrcm.x12.GroupEnvelope;
import org.openrcm.x12.InterchangeEnvelope;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.remit.Remittance835;

/**
 * One 835 transaction set as the X12 module read it, with the envelopes around it and its place in its file.
 *
 * @param setIndex the set's place in its file, from 1
 * @param channel  DROP or API
 */
public record X12RemittanceSet(InterchangeEnvelope interchange, GroupEnvelope group,
        X12ReadResult.TransactionSet<Remittance835> transactionSet, int setIndex, String channel) {
}
