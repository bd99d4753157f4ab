package org.openrcm.coding.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.openrcm.events.claims.ClaimRejected;
import org.openrcm.events.common.Adjustment;
import org.openrcm.events.payments.ClaimDenied;
import org.openrcm.events.payments.RemittanceCode;

/**
 * Which rejections and denials a coder must fix, and why: the 277CA claim status codes about diagnosis and procedure
 * codes, and the CARCs of coding problems (16, "lacks information", only with a remark naming a code).
 */
public final class PayerCodingReasons {

    /** A payer's coding reason with the words a coder reads in the queue. */
    public record PayerReason(CodingReason reason, String text) {
    }

    private static final Map<String, CodingReason> CARCS = Map.ofEntries(
            Map.entry("4", CodingReason.INVALID_CODE), Map.entry("146", CodingReason.INVALID_CODE),
            Map.entry("181", CodingReason.INVALID_CODE), Map.entry("182", CodingReason.INVALID_CODE),
            Map.entry("5", CodingReason.DX_PROCEDURE_MISMATCH), Map.entry("6", CodingReason.DX_PROCEDURE_MISMATCH),
            Map.entry("7", CodingReason.DX_PROCEDURE_MISMATCH), Map.entry("9", CodingReason.DX_PROCEDURE_MISMATCH),
            Map.entry("10", CodingReason.DX_PROCEDURE_MISMATCH), Map.entry("11", CodingReason.DX_PROCEDURE_MISMATCH),
            Map.entry("97", CodingReason.BUNDLING), Map.entry("231", CodingReason.BUNDLING),
            Map.entry("234", CodingReason.BUNDLING), Map.entry("236", CodingReason.BUNDLING),
            Map.entry("50", CodingReason.MEDICAL_NECESSITY), Map.entry("55", CodingReason.MEDICAL_NECESSITY),
            Map.entry("167", CodingReason.MEDICAL_NECESSITY));

    /** CARC 16 (claim lacks information) is a coding reason with one of these remarks about codes. */
    private static final String LACKS_INFORMATION = "16";
    private static final Set<String> CODING_REMARKS = Set.of("M51", "M76", "M81", "MA63", "MA66", "N56", "N657");

    /** 277CA STC01-2: principal diagnosis, diagnosis, procedure code for services rendered, procedure, HCPCS. */
    private static final Set<String> CODING_STATUS_CODES = Set.of("254", "255", "453", "454", "507");

    private static final String CODING_CATEGORY = "CODING";

    private PayerCodingReasons() {
    }

    public static Optional<PayerReason> of(ClaimRejected rejection) {
        boolean coding = CODING_STATUS_CODES.contains(rejection.statusCode())
                || CODING_CATEGORY.equals(rejection.reasonCategory());
        if (!coding) {
            return Optional.empty();
        }
        return Optional.of(new PayerReason(CodingReason.INVALID_CODE, describe(rejection)));
    }

    /** The rejection as a coder or biller reads it: who, the status category and code, and the reason given. */
    public static String describe(ClaimRejected rejection) {
        return rejection.source() + " rejection " + rejection.statusCategory()
                + (rejection.statusCode() == null ? "" : "/" + rejection.statusCode())
                + (rejection.reason() == null ? "" : ": " + rejection.reason());
    }

    /** The first CARC of the denial that is a coding reason, with its description when the payer's event has one. */
    public static Optional<PayerReason> of(ClaimDenied denial) {
        List<RemittanceCode> codes = codes(denial);
        List<String> remarks = codes.stream().filter(code -> RemittanceCode.RARC.equals(code.kind()))
                .map(RemittanceCode::code).distinct().sorted().toList();
        boolean codingRemark = remarks.stream().anyMatch(CODING_REMARKS::contains);
        for (RemittanceCode code : codes) {
            if (!RemittanceCode.CARC.equals(code.kind())) {
                continue;
            }
            CodingReason reason = LACKS_INFORMATION.equals(code.code()) && codingRemark ? CodingReason.INVALID_CODE
                    : CARCS.get(code.code());
            if (reason != null) {
                return Optional.of(new PayerReason(reason, "payer " + denial.payerId() + " denial CARC " + code.code()
                        + (code.description() == null ? "" : ": " + code.description())
                        + (remarks.isEmpty() ? "" : " (remarks " + String.join(", ", remarks) + ")")));
            }
        }
        return Optional.empty();
    }

    /** The described codes when the event has them, else the CAS reasons and remark codes of older producers. */
    private static List<RemittanceCode> codes(ClaimDenied denial) {
        if (denial.codes() != null && !denial.codes().isEmpty()) {
            return denial.codes();
        }
        List<RemittanceCode> codes = new ArrayList<>();
        for (Adjustment adjustment : denial.adjustments() == null ? List.<Adjustment>of() : denial.adjustments()) {
            codes.add(new RemittanceCode(RemittanceCode.CARC, adjustment.reasonCode(), null));
        }
        for (String remark : denial.remarkCodes() == null ? List.<String>of() : denial.remarkCodes()) {
            codes.add(new RemittanceCode(RemittanceCode.RARC, remark, null));
        }
        return codes;
    }
}
