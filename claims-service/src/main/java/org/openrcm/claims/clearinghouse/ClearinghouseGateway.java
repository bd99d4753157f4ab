package org.openrcm.claims.clearinghouse;

/**
 * The exchange with the clearinghouse, whatever carries it: an SFTP-like file drop today
 * ({@link FileDropClearinghouseGateway}), a clearinghouse API later. A batch is one 837P interchange file, delivered
 * under the same name however often it is tried; an implementation must not deliver the same file twice.
 */
public interface ClearinghouseGateway {

    /**
     * Hands a batch to the clearinghouse. Returning normally means it took the batch; acknowledgments (999, 277CA)
     * follow later, on their own.
     *
     * @throws ClearinghouseException when it did not (unreachable, refused, timed out); retryable or not
     */
    SubmissionReceipt submit(OutgoingInterchange interchange);
}
