package org.openrcm.deploy.stack;

import java.util.List;

/**
 * One of the four services as the stack runs it.
 *
 * @param database           its PostgreSQL database
 * @param usesClearinghouseDrop whether it exchanges X12 files with the clearinghouse through the file drop
 *                              ({@code rcm.clearinghouse.drop.root})
 */
public record ServiceSpec(String name, String database, boolean usesClearinghouseDrop) {

    public static final ServiceSpec CODING = new ServiceSpec("coding-service", "rcm_coding", false);
    public static final ServiceSpec CLAIMS = new ServiceSpec("claims-service", "rcm_claims", true);
    public static final ServiceSpec PAYMENTS = new ServiceSpec("payments-service", "rcm_payments", true);
    public static final ServiceSpec PATIENT_BILLING =
            new ServiceSpec("patient-billing-service", "rcm_patient_billing", false);

    public static final List<ServiceSpec> ALL = List.of(CODING, CLAIMS, PAYMENTS, PATIENT_BILLING);
}
