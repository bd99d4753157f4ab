package org.openrcm.patientbilling.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.patientbilling.BillingEvents.money;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openrcm.events.common.Address;

class CollectionsFileTest {

    @Test
    void aRowPerAccountUnderAHeaderWithFieldsQuotedWhereNeeded() {
        String csv = CollectionsFile.csv("lakeside", List.of(new CollectionsPlacement("acc-1", "P-1", "Jane",
                "O\"Neil, Jr", new Address("12 Birch Lane", null, "Springfield", "IL", "62704"), money("412.50"), 95,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 1))));

        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("tenant_id,account_id,patient_id");
        assertThat(lines[1]).isEqualTo("lakeside,acc-1,P-1,Jane,\"O\"\"Neil, Jr\",12 Birch Lane,,Springfield,IL,"
                + "62704,412.50,95,2026-06-01,2026-12-01");
    }
}
