package org.openrcm.claims.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openrcm.events.payments.RemittanceCode;

/**
 * The reasons of a payer's denial (its CARCs and RARCs) as rejection reasons, so that a claim sent back for correction
 * lands in the rejection queue under the kind of fix it needs. The category follows the CARC's meaning; a remark
 * (RARC) only explains, so it takes the category of the claim's leading CARC.
 */
public final class PayerCorrectionReasons {

    /** Only the CARCs whose fix is clear-cut; the rest are OTHER for a biller to read. */
    private static final Map<RejectionCategory, Set<String>> CATEGORIES = Map.of(
            RejectionCategory.CODING, Set.of("4", "5", "6", "7", "8", "9", "10", "11", "12", "40", "49", "50", "58",
                    "146", "167", "181", "182", "189", "199", "234"),
            RejectionCategory.ELIGIBILITY, Set.of("26", "27", "31", "32", "33", "177", "200"),
            RejectionCategory.PROVIDER, Set.of("52", "185", "206", "207", "208", "242", "243", "B7", "B8"),
            RejectionCategory.PAYER_DATA, Set.of("16", "125", "226", "227", "252"),
            RejectionCategory.DUPLICATE, Set.of("18"));

    private PayerCorrectionReasons() {
    }

    /**
     * One reason per code, CARCs first; the poster's note, when given, as a last reason. Empty when the payer gave
     * no code and the poster no note.
     */
    public static List<RejectionReason> of(List<RemittanceCode> codes, String note) {
        List<RemittanceCode> given = codes == null ? List.of() : codes;
        RejectionCategory lead = given.stream().filter(code -> RemittanceCode.CARC.equals(code.kind()))
                .map(code -> category(code.code())).findFirst().orElse(RejectionCategory.OTHER);
        List<RejectionReason> reasons = new ArrayList<>();
        given.stream().filter(code -> RemittanceCode.CARC.equals(code.kind())).forEach(code -> reasons.add(
                reason(code, category(code.code()))));
        given.stream().filter(code -> !RemittanceCode.CARC.equals(code.kind())).forEach(code -> reasons.add(
                reason(code, lead)));
        if (note != null && !note.isBlank()) {
            reasons.add(new RejectionReason(RejectionReason.PAYER, "NOTE", null, null, lead,
                    "poster's note: " + note));
        }
        return List.copyOf(reasons);
    }

    static RejectionCategory category(String carc) {
        return CATEGORIES.entrySet().stream().filter(entry -> entry.getValue().contains(carc)).map(Map.Entry::getKey)
                .findFirst().orElse(RejectionCategory.OTHER);
    }

    private static RejectionReason reason(RemittanceCode code, RejectionCategory category) {
        String text = code.kind() + " " + code.code() + (code.description() == null ? "" : ": " + code.description());
        return new RejectionReason(RejectionReason.PAYER, code.kind(), code.code(), null, category, text);
    }
}
