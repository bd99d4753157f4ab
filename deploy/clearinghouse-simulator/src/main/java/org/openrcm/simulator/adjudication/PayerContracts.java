package org.openrcm.simulator.adjudication;

import java.math.BigDecimal;
import java.util.Map;

/** The payers the simulator knows by name and contract; any other payer is paid under the default contract. */
public final class PayerContracts {

    /** The secondary payer of the members who have one (a Medicare supplement that pays the coinsurance). */
    public static final String SECONDARY_PAYER_ID = "MEDIGAP01";
    public static final String SECONDARY_PAYER_NAME = "Prairie State Medigap Supplemental";

    private static final BigDecimal ZERO = new BigDecimal("0.00");

    public static final PayerContract DEFAULT = new PayerContract("Commercial payer", new BigDecimal("0.80"),
            new BigDecimal("0.20"), ZERO, ZERO, false, false);

    /** The payers of the demo workload. */
    public static final PayerContracts STANDARD = new PayerContracts(Map.of(
            "BCBS01", new PayerContract("Blue Cross Blue Shield of Illinois", new BigDecimal("0.80"),
                    new BigDecimal("0.20"), ZERO, new BigDecimal("100.00"), false, true),
            "AETNA01", new PayerContract("Aetna", new BigDecimal("0.80"), new BigDecimal("0.20"),
                    new BigDecimal("20.00"), ZERO, true, false),
            "UHC01", new PayerContract("UnitedHealthcare", new BigDecimal("0.75"), new BigDecimal("0.20"), ZERO,
                    new BigDecimal("50.00"), false, false)));

    private final Map<String, PayerContract> byPayerId;

    public PayerContracts(Map<String, PayerContract> byPayerId) {
        this.byPayerId = Map.copyOf(byPayerId);
    }

    public PayerContract of(String payerId) {
        return byPayerId.getOrDefault(payerId, DEFAULT);
    }
}
