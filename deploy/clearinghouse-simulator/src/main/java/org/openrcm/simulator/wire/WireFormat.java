package org.openrcm.simulator.wire;

/**
 * How the three documents exchanged with a billing office are encoded: the submission it sends, the
 * acknowledgments and the remittances it receives. Today a thin JSON; an X12 format (837P in, 277CA and 835 out)
 * implements the same interface.
 */
public interface WireFormat {

    /** The media type of acknowledgments and remittances. */
    String contentType();

    /**
     * @throws MalformedSubmissionException when the body cannot be read as a submission or lacks what
     *                                      adjudication needs
     */
    Submission readSubmission(byte[] body);

    byte[] writeAcknowledgments(AcknowledgmentBatch batch);

    byte[] writeRemittance(Remittance remittance);
}
