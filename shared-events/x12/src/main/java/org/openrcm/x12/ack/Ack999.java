package org.openrcm.x12.ack;

import java.util.List;

/**
 * One 999 005010X231A1 transaction set: the acknowledgment of one functional group.
 *
 * @param functionalIdCode   AK101 of the acknowledged group, e.g. {@code HC}
 * @param groupControlNumber AK102: GS06 of the acknowledged group
 * @param version            AK103: GS08 of the acknowledged group
 * @param setResponses       loop 2000 (AK2..IK5), one per acknowledged transaction set
 * @param groupResponse      AK9
 */
public record Ack999(
    String functionalIdCode,
    String groupControlNumber,
    String version,
    List<SetResponse> setResponses,
    GroupResponse groupResponse) {

  public Ack999 {
    setResponses = setResponses == null ? List.of() : List.copyOf(setResponses);
  }

  /**
   * Loop 2000: the response for one transaction set.
   *
   * @param transactionSetId        AK201, e.g. {@code 837}
   * @param controlNumber           AK202: ST02 of the acknowledged set
   * @param implementationReference AK203, e.g. {@code 005010X222A1}
   * @param segmentErrors           loop 2100 (IK3 with its IK4s)
   * @param acknowledgmentCode      IK501
   * @param errorCodes              IK502..IK506 implementation transaction set syntax error codes
   * @param segmentPosition         position of AK2 in the 999 when read, 0 when built
   */
  public record SetResponse(
      String transactionSetId,
      String controlNumber,
      String implementationReference,
      List<SegmentError> segmentErrors,
      AckCode acknowledgmentCode,
      List<String> errorCodes,
      int segmentPosition) {

    public SetResponse {
      segmentErrors = segmentErrors == null ? List.of() : List.copyOf(segmentErrors);
      errorCodes = errorCodes == null ? List.of() : List.copyOf(errorCodes);
    }

    /** True when the set was accepted (A, or E: accepted with errors noted). */
    public boolean accepted() {
      return acknowledgmentCode == AckCode.A || acknowledgmentCode == AckCode.E;
    }
  }

  /**
   * IK3 (loop 2100): an error in one segment of the acknowledged set.
   *
   * @param segmentId       IK301
   * @param position        IK302: position in the acknowledged set counted from ST = 1
   * @param loopId          IK303, optional
   * @param code            IK304 implementation segment syntax error code
   * @param elementErrors   IK4 (loop 2110)
   */
  public record SegmentError(String segmentId, int position, String loopId, String code,
      List<ElementError> elementErrors) {
    public SegmentError {
      elementErrors = elementErrors == null ? List.of() : List.copyOf(elementErrors);
    }
  }

  /**
   * IK4: an error in one element.
   *
   * @param position             IK401-1 element position
   * @param componentPosition    IK401-2, 0 when not a component
   * @param dataElementReference IK402, optional
   * @param code                 IK403 implementation data element syntax error code
   * @param badValue             IK404 copy of the bad data element, optional
   */
  public record ElementError(int position, int componentPosition, String dataElementReference, String code,
      String badValue) {
  }

  /**
   * AK9: the response for the whole group.
   *
   * @param acknowledgmentCode AK901 (A, E, M, P, R, W, X)
   * @param setsIncluded       AK902
   * @param setsReceived       AK903
   * @param setsAccepted       AK904
   * @param errorCodes         AK905..AK909 functional group syntax error codes
   */
  public record GroupResponse(String acknowledgmentCode, int setsIncluded, int setsReceived, int setsAccepted,
      List<String> errorCodes) {
    public GroupResponse {
      errorCodes = errorCodes == null ? List.of() : List.copyOf(errorCodes);
    }
  }

  /** IK501 transaction set acknowledgment codes. */
  public enum AckCode {
    /** Accepted. */
    A,
    /** Accepted but errors were noted. */
    E,
    /** Rejected, message authentication code failed. */
    M,
    /** Rejected. */
    R,
    /** Rejected, assurance failed validity tests. */
    W,
    /** Rejected, content after decryption could not be analyzed. */
    X
  }
}
