package org.openrcm.patientbilling.collections;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.openrcm.events.common.Address;

/** One account placed with the agency, as the agency's file lists it. */
public record CollectionsPlacement(String accountId, String patientId, String guarantorFirstName,
        String guarantorLastName, Address address, BigDecimal balance, long daysPastDue, LocalDate oldestService,
        LocalDate placedOn) {
}
