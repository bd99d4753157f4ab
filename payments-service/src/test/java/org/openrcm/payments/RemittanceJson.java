package org.openrcm.payments;

/** Remittance request bodies for the tests. */
public final class RemittanceJson {

    private RemittanceJson() {
    }

    public static String remittance(String traceNumber, String paymentAmount, String... claims) {
        return """
                {"payerId":"BCBS01","payerName":"Blue Cross Blue Shield","traceNumber":"%s","paymentMethod":"ACH",
                 "paymentDate":"2026-11-25","paymentAmount":"%s","claims":[%s]}
                """.formatted(traceNumber, paymentAmount, String.join(",", claims));
    }

    public static String claim(String claimId, String statusCode, String charge, String paid, String patientShare,
            String... adjustments) {
        return """
                {"claimId":"%s","claimStatusCode":"%s","chargeAmount":"%s","paidAmount":"%s",
                 "patientResponsibilityAmount":"%s","payerClaimNumber":"PCN-%s","adjustments":[%s]}
                """.formatted(claimId, statusCode, charge, paid, patientShare, claimId, String.join(",", adjustments));
    }

    public static String adjustment(String group, String reason, String amount) {
        return "{\"groupCode\":\"%s\",\"reasonCode\":\"%s\",\"amount\":\"%s\"}".formatted(group, reason, amount);
    }

    /** The brief's example claim: 250.00 charged, 160.00 paid, 50.00 contractual, 40.00 coinsurance. */
    public static String paidClaim(String claimId) {
        return claim(claimId, "1", "250.00", "160.00", "40.00", adjustment("CO", "45", "50.00"),
                adjustment("PR", "2", "40.00"));
    }
}
