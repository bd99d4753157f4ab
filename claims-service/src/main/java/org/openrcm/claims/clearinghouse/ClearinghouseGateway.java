package org.openrcm.claims.clearinghouse;

/**
 * The exchange with the clearinghouse, whatever it speaks: the thin JSON API today ({@link JsonClearinghouseGateway}),
 * X12 837P later. The clearinghouse is idempotent on the submission id, so a batch may safely be sent again.
 */
public interface ClearinghouseGateway {

    /**
     * Hands a batch of claims to the clearinghouse. Returning normally means it took the batch; acknowledgments
     * follow later, on their own.
     *
     * @throws ClearinghouseException when it did not (unreachable, refused, timed out)
     */
    SubmissionReceipt submit(ClearinghouseSubmission submission);
}
