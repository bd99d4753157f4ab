package org.openrcm.deploy.stack;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fee schedule every demo practice bills from: office E/M visits, an ECG, venipuncture, two lab panels, a
 * chest X-ray and the annual wellness visit. Odd cents make the payer's per-line rounding visible.
 */
public final class DemoFeeSchedule {

    /** The body of claims-service's {@code PUT /fee-schedule}. */
    public record FeeScheduleRequest(List<Entry> entries) {
    }

    /** One procedure's fee for one unit. */
    public record Entry(String procedureCode, BigDecimal amount) {
    }

    private static final Map<String, BigDecimal> FEES = fees(
            "99202", "75.00", "99203", "115.00", "99204", "172.45", "99205", "226.80",
            "99211", "25.00", "99212", "60.00", "99213", "125.00", "99214", "178.35", "99215", "241.90",
            "93000", "35.17", "36415", "10.63", "80053", "29.83", "85025", "21.17", "71046", "64.99",
            "G0439", "138.62");

    private DemoFeeSchedule() {
    }

    /** @throws IllegalArgumentException for a code the schedule does not price */
    public static BigDecimal fee(String procedureCode) {
        BigDecimal fee = FEES.get(procedureCode);
        if (fee == null) {
            throw new IllegalArgumentException("No fee for " + procedureCode);
        }
        return fee;
    }

    public static FeeScheduleRequest request() {
        return new FeeScheduleRequest(FEES.entrySet().stream()
                .map(entry -> new Entry(entry.getKey(), entry.getValue())).toList());
    }

    private static Map<String, BigDecimal> fees(String... codesAndAmounts) {
        Map<String, BigDecimal> fees = new LinkedHashMap<>();
        for (int i = 0; i < codesAndAmounts.length; i += 2) {
            fees.put(codesAndAmounts[i], new BigDecimal(codesAndAmounts[i + 1]));
        }
        return fees;
    }
}
