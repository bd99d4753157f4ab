package org.openrcm.patientbilling.api;

import org.openrcm.events.common.Address;

/** To whom and where statements are mailed. */
public record GuarantorResponse(String firstName, String lastName, Address mailingAddress) {

    /** Null while no claim of the patient has named the guarantor. */
    static GuarantorResponse of(String firstName, String lastName, Address mailingAddress) {
        return mailingAddress == null ? null : new GuarantorResponse(firstName, lastName, mailingAddress);
    }
}
