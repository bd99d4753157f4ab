package org.openrcm.deploy.stack;

import java.util.List;
import java.util.regex.Pattern;

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

    /** The first instance is named like the service, the next ones {@code claims-service-2}, ... */
    public String instanceName(int instance) {
        return instance == 1 ? name : name + "-" + instance;
    }

    /** Whether {@code processName} is one of this service's instances. */
    public boolean isInstance(String processName) {
        return processName.equals(name) || processName.matches(Pattern.quote(name) + "-\\d+");
    }
}
