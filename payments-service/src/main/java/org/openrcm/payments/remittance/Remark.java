package org.openrcm.payments.remittance;

import org.openrcm.payments.domain.ReasonCodes;

/**
 * A remittance advice remark (RARC) as the payer sent it: in MOA/MIA for the claim, in LQ*HE for a line.
 *
 * @param source      MOA, MIA or LQ
 * @param description the code's meaning from {@link ReasonCodes}, or null for a code we do not describe
 */
public record Remark(String code, String source, String description) {

    public static Remark of(String code, String source) {
        return new Remark(code, source, ReasonCodes.remarkDescription(code).orElse(null));
    }
}
