package org.openrcm.patientbilling.api;

import java.util.Arrays;

import org.openrcm.patientbilling.domain.BillingException;
import org.openrcm.patientbilling.dunning.HoldKind;

/** A hold kind in a path: an unknown one is a 404 naming the kinds there are. */
final class HoldKinds {

    private HoldKinds() {
    }

    static HoldKind parse(String value) {
        try {
            return HoldKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new BillingException(BillingException.Kind.NOT_FOUND, "not-found", "No hold kind " + value
                    + "; one of " + Arrays.toString(HoldKind.values()));
        }
    }
}
