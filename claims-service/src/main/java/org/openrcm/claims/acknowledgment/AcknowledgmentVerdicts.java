package org.openrcm.claims.acknowledgment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.openrcm.claims.acknowledgment.ClaimVerdict;
import org.openrcm.claims.acknowledgment.RejectionCodes;
import org.openrcm.claims.domain.RejectionCategory;
import org.openrcm.claims.domain.RejectionReason;
import org.openrcm.x12.ack.Ack999;
import org.openrcm.x12.ack.ClaimStatus;
import org.openrcm.x12.ack.StatusInfo;

/** What a 999 set response or a 277CA claim status decides for our claims, in words a biller reads. */
public final class AcknowledgmentVerdicts {

    /** Segments whose errors are about the codes themselves: diagnoses (HI) and procedures (SV1). */
    private static final Set<String> CODING_SEGMENTS = Set.of("HI", "SV1");

    /** IK304 implementation segment syntax error codes in words. */
    private static final Map<String, String> SEGMENT_ERRORS = Map.ofEntries(
            Map.entry("1", "unrecognized segment id"),
            Map.entry("2", "unexpected segment"),
            Map.entry("3", "required segment missing"),
            Map.entry("4", "loop occurs over maximum times"),
            Map.entry("5", "segment exceeds maximum use"),
            Map.entry("6", "segment not in defined transaction set"),
            Map.entry("7", "segment not in proper sequence"),
            Map.entry("8", "segment has data element errors"),
            Map.entry("I4", "implementation \"not used\" segment present"),
            Map.entry("I6", "implementation dependent segment missing"),
            Map.entry("I7", "implementation loop occurs under minimum times"),
            Map.entry("I8", "implementation segment below minimum use"),
            Map.entry("I9", "implementation dependent \"not used\" segment present"));

    /** IK403 implementation data element syntax error codes in words. */
    private static final Map<String, String> ELEMENT_ERRORS = Map.ofEntries(
            Map.entry("1", "required data element missing"),
            Map.entry("2", "conditional required data element missing"),
            Map.entry("3", "too many data elements"),
            Map.entry("4", "data element too short"),
            Map.entry("5", "data element too long"),
            Map.entry("6", "invalid character in data element"),
            Map.entry("7", "invalid code value"),
            Map.entry("8", "invalid date"),
            Map.entry("9", "invalid time"),
            Map.entry("10", "exclusion condition violated"),
            Map.entry("12", "too many repetitions"),
            Map.entry("13", "too many components"),
            Map.entry("I6", "code value not used in implementation"),
            Map.entry("I9", "implementation dependent data element missing"),
            Map.entry("I10", "implementation \"not used\" data element present"),
            Map.entry("I11", "implementation too few repetitions"),
            Map.entry("I12", "implementation pattern match failure"),
            Map.entry("I13", "implementation dependent \"not used\" data element present"));

    private AcknowledgmentVerdicts() {
    }

    /**
     * The rejection of every claim of a transaction set a 999 rejected, e.g. "999 rejected transaction set 0001
     * (IK5 R): CLM at segment 23 (loop 2300) code 8 (segment has data element errors), element 5-3 code 7 (invalid
     * code value) value '9'".
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

    /** e.g. "7 (invalid code value)"; the code alone when it has no words here. */
    private static String words(String code, Map<String, String> words) {
        String text = code == null ? null : words.get(code);
        return text == null ? String.valueOf(code) : code + " (" + text + ")";
    }

    private static String segmentError(Ack999.SegmentError error) {
        StringBuilder text = new StringBuilder(error.segmentId()).append(" at segment ").append(error.position());
        if (error.loopId() != null) {
            text.append(" (loop ").append(error.loopId()).append(')');
        }
        text.append(" code ").append(words(error.code(), SEGMENT_ERRORS));
        for (Ack999.ElementError element : error.elementErrors()) {
            text.append(", element ").append(element.position());
            if (element.componentPosition() > 0) {
                text.append('-').append(element.componentPosition());
            }
            text.append(" code ").append(words(element.code(), ELEMENT_ERRORS));
            if (element.badValue() != null) {
                text.append(" value '").append(element.badValue()).append('\'');
            }
        }
        return text.toString();
    }
}
