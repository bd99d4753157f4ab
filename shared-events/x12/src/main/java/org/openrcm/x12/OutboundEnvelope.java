package org.openrcm.x12;

import java.util.Objects;

/**
 * Who sends an interchange to whom: what a writer needs besides the control numbers it asks {@link ControlNumbers}
 * for and the clock.
 *
 * @param senderQualifier         ISA05, e.g. {@code ZZ} mutually defined, {@code 30} federal tax id
 * @param senderId                ISA06 (at most 15 characters; padded by the writer)
 * @param receiverQualifier       ISA07
 * @param receiverId              ISA08
 * @param applicationSenderCode   GS02
 * @param applicationReceiverCode GS03
 * @param usage                   ISA15
 */
public record OutboundEnvelope(
    String senderQualifier,
    String senderId,
    String receiverQualifier,
    String receiverId,
    String applicationSenderCode,
    String applicationReceiverCode,
    UsageIndicator usage) {

  public OutboundEnvelope {
    Objects.requireNonNull(senderQualifier, "senderQualifier");
    Objects.requireNonNull(senderId, "senderId");
    Objects.requireNonNull(receiverQualifier, "receiverQualifier");
    Objects.requireNonNull(receiverId, "receiverId");
    Objects.requireNonNull(applicationSenderCode, "applicationSenderCode");
    Objects.requireNonNull(applicationReceiverCode, "applicationReceiverCode");
    Objects.requireNonNull(usage, "usage");
  }

  /** The envelope for the answer: sender and receiver swapped. */
  public OutboundEnvelope reversed() {
    return new OutboundEnvelope(receiverQualifier, receiverId, senderQualifier, senderId, applicationReceiverCode,
        applicationSenderCode, usage);
  }
}
