package org.openrcm.simulator.adjudication;

import java.math.BigDecimal;

/**
 * An 835 CAS adjustment: group code (CO contractual, PR patient responsibility, OA other), a CARC reason code and
 * the amount (negative in a reversal).
 */
public record Adjustment(String groupCode, String reasonCode, BigDecimal amount) {

    public static final String CONTRACTUAL = "CO";
    public static final String PATIENT = "PR";
    public static final String OTHER = "OA";

    public boolean isPatientResponsibility() {
        return PATIENT.equals(groupCode);
    }

    Adjustment negated() {
        return new Adjustment(groupCode, reasonCode, amount.negate());
    }
}
