package org.openrcm.claims.acknowledgment;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.openrcm.claims.domain.ClaimVerdict;
import org.openrcm.claims.domain.RejectionCategory;
import org.openrcm.claims.domain.RejectionCodes;
import org.openrcm.claims.domain.RejectionReason;
import org.openrcm.x12.ack.Ack999;
import org.openrcm.x12.ack.ClaimStatus;
import org.openrcm.x12.ack.StatusInfo;

/** What a 999 set response or a 277CA claim status decides for our claims, in words a biller reads. */
public final class AcknowledgmentVerdicts {

    /** Segments whose errors are about the codes themselves: diagnoses (HI) and procedures (SV1). */
    private static final Set<String> CODING_SEGMENTS = Set.of("HI", "SV1");

    private AcknowledgmentVerdicts() {
    }

    /**
     * The rejection of every claim of a transaction set a 999 rejected, e.g. "999 rejected transaction set 0001
     * (IK5 R): CLM at segment 23 (loop 2300) code 8, element 5-3 code 7 value '9'".
     */
    public static RejectionReason rejection(Ack999.SetResponse response) {
        StringBuilder text = new StringBuilder("999 rejected transaction set ").append(response.controlNumber())
                .append(" (IK5 ").append(response.acknowledgmentCode()).append(')');
        if (!response.errorCodes().isEmpty()) {
            text.append(" set error code(s) ").append(String.join(", ", response.errorCodes()));
        }
        String errors = response.segmentErrors().stream().map(AcknowledgmentVerdicts::segmentError)
                .collect(Collectors.joining("; "));
        if (!errors.isEmpty()) {
            text.append(": ").append(errors);
        }
        boolean coding = response.segmentErrors().stream()
                .anyMatch(error -> CODING_SEGMENTS.contains(error.segmentId()));
        Ack999.SegmentError first = response.segmentErrors().isEmpty() ? null : response.segmentErrors().get(0);
        return new RejectionReason(RejectionReason.CLEARINGHOUSE, response.acknowledgmentCode().name(),
                first == null ? null : first.code(), null, coding ? RejectionCategory.CODING : RejectionCategory.OTHER,
                text.toString());
    }

    /**
     * A 277CA claim status: rejected (any A3/A4/A6/A7/A8 status, each a reason with its codes in words), accepted
     * (A1/A2 with the payer's claim number), or nothing to apply (e.g. pended).
     */
    public static Optional<ClaimVerdict> verdict(ClaimStatus status) {
        if (status.rejected()) {
            List<RejectionReason> reasons = status.statuses().stream().filter(StatusInfo::rejected)
                    .map(info -> new RejectionReason(RejectionReason.PAYER, info.categoryCode(), info.statusCode(),
                            info.entityIdentifierCode(),
                            RejectionCodes.category(info.statusCode(), info.entityIdentifierCode()),
                            RejectionCodes.text(info.categoryCode(), info.statusCode(), info.entityIdentifierCode(),
                                    info.freeText())))
                    .toList();
            return Optional.of(ClaimVerdict.rejected(reasons));
        }
        if (status.accepted()) {
            StatusInfo accepting = status.statuses().stream().filter(StatusInfo::accepted).findFirst().orElseThrow();
            String note = accepting.categoryCode() + (accepting.statusCode() == null ? "" : "/"
                    + accepting.statusCode()) + (status.payerClaimNumber() == null ? ""
                            : ", payer claim number " + status.payerClaimNumber());
            return Optional.of(ClaimVerdict.accepted(accepting.categoryCode(), status.payerClaimNumber(), note));
        }
        return Optional.empty();
    }

    private static String segmentError(Ack999.SegmentError error) {
        StringBuilder text = new StringBuilder(error.segmentId()).append(" at segment ").append(error.position());
        if (error.loopId() != null) {
            text.append(" (loop ").append(error.loopId()).append(')');
        }
        text.append(" code ").append(error.code());
        for (Ack999.ElementError element : error.elementErrors()) {
            text.append(", element ").append(element.position());
            if (element.componentPosition() > 0) {
                text.append('-').append(element.componentPosition());
            }
            text.append(" code ").append(element.code());
            if (element.badValue() != null) {
                text.append(" value '").append(element.badValue()).append('\'');
            }
        }
        return text.toString();
    }
}
