package org.openrcm.patientbilling.collections;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openrcm.events.common.Address;

/** The agency's CSV (RFC 4180): a header, then one row per placed account. */
public final class CollectionsFile {

    static final String HEADER = "tenant_id,account_id,patient_id,guarantor_first_name,guarantor_last_name,"
            + "address_line1,address_line2,city,state,postal_code,balance,days_past_due,oldest_service_date,placed_on";

    private CollectionsFile() {
    }

    public static String csv(String tenantId, List<CollectionsPlacement> placements) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (CollectionsPlacement placement : placements) {
            Address address = placement.address();
            csv.append(Stream.of(tenantId, placement.accountId(), placement.patientId(),
                    placement.guarantorFirstName(), placement.guarantorLastName(),
                    address == null ? null : address.line1(), address == null ? null : address.line2(),
                    address == null ? null : address.city(), address == null ? null : address.state(),
                    address == null ? null : address.postalCode(), placement.balance().toPlainString(),
                    Long.toString(placement.daysPastDue()),
                    placement.oldestService() == null ? null : placement.oldestService().toString(),
                    placement.placedOn().toString()).map(CollectionsFile::field).collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return csv.toString();
    }

    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
