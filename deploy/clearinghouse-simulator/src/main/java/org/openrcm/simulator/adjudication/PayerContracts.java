package org.openrcm.simulator.adjudication;

import java.math.BigDecimal;
import java.util.Map;

/** The payers the simulator knows by name and contract; any other payer is paid under the default contract. */
public final class PayerContracts {

    public static final BigDecimal DEFAULT_ALLOWED_RATIO = new BigDecimal("0.80");
    public static final BigDecimal DEFAULT_COINSURANCE_RATE = new BigDecimal("0.20");

    /** The payers of the demo workload. Give a payer other terms here to see a different contract adjudicated. */
    public static final PayerContracts STANDARD = new PayerContracts(Map.of(
            "BCBS01", new PayerContract("Blue Cross Blue Shield of Illinois", DEFAULT_ALLOWED_RATIO,
                    DEFAULT_COINSURANCE_RATE),
            "AETNA01", new PayerContract("Aetna", DEFAULT_ALLOWED_RATIO, DEFAULT_COINSURANCE_RATE),
            "UHC01", new PayerContract("UnitedHealthcare", DEFAULT_ALLOWED_RATIO, DEFAULT_COINSURANCE_RATE)));

    private final Map<String, PayerContract> byPayerId;

    public PayerContracts(Map<String, PayerContract> byPayerId) {
        this.byPayerId = Map.copyOf(byPayerId);
    }

    public PayerContract of(String payerId) {
        return byPayerId.getOrDefault(payerId,
                new PayerContract("Payer " + payerId, DEFAULT_ALLOWED_RATIO, DEFAULT_COINSURANCE_RATE));
    }
}
