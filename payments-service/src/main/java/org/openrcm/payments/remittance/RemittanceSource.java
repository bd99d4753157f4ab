package org.openrcm.payments.remittance;

import java.util.List;

/**
 * Where a remittance came from: the channel and, for an 835, its envelope and position in its file.
 *
 * @param channel    DROP (clearinghouse file drop), API (X12 or JSON over REST) or MANUAL (a paper EOB keyed in)
 * @param setIndex   the transaction set's place in its file, from 1
 * @param deviations off-guide things the reader tolerated in this set, each with its location
 */
public record RemittanceSource(String channel, String interchangeControlNumber, String groupControlNumber,
        String transactionSetControlNumber, int setIndex, List<String> deviations) {

    public static final String DROP = "DROP";
    public static final String API = "API";
    public static final String MANUAL = "MANUAL";

    public RemittanceSource {
        deviations = deviations == null ? List.of() : List.copyOf(deviations);
    }

    public static RemittanceSource of(String channel) {
        return new RemittanceSource(channel, null, null, null, 1, List.of());
    }
}
