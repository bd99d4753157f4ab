package org.openrcm.payments.api;

import java.time.Instant;
import java.util.List;

import org.openrcm.payments.intake.RemittanceFile;

/**
 * A remittance file as received: its hash, what became of each of its transaction sets and every issue the reader
 * found (deviations it tolerated and errors, with their locations).
 *
 * @param duplicate true when these bytes were taken in before: nothing changed, the first copy's outcomes are shown
 */
public record RemittanceFileResponse(String fileId, String fileName, String channel, String sha256, long sizeBytes,
        RemittanceFile.Status status, String reason, boolean duplicate, Instant receivedAt,
        List<RemittanceFile.SetOutcome> transactionSets, List<String> issues, List<RemittanceResponse> remittances) {

    static RemittanceFileResponse of(RemittanceFile file, boolean duplicate, List<RemittanceResponse> remittances) {
        return new RemittanceFileResponse(file.id().toString(), file.fileName(), file.channel(), file.sha256(),
                file.sizeBytes(), file.status(), file.reason(), duplicate, file.receivedAt(), file.outcomes(),
                file.issues(), remittances);
    }
}
