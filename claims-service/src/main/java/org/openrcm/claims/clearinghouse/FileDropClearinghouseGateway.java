package org.openrcm.claims.clearinghouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Delivers 837P files into the tenant's outbound mailbox for the route, as an SFTP mailbox takes them. A file the
 * mailbox already has, waiting or already taken by the clearinghouse (moved to {@code processed/}), is not written
 * again: a batch re-sent after a crash is never delivered twice.
 */
@ApplicationScoped
public class FileDropClearinghouseGateway implements ClearinghouseGateway {

    private final Mailboxes mailboxes;

    FileDropClearinghouseGateway(Mailboxes mailboxes) {
        this.mailboxes = mailboxes;
    }

    @Override
    public SubmissionReceipt submit(OutgoingInterchange interchange) {
        Path outbound = mailboxes.directory(interchange.tenantId(), interchange.route(), Mailboxes.OUTBOUND);
        try {
            if (!Files.exists(outbound.resolve(interchange.fileName()))
                    && !Files.exists(outbound.resolve(Mailboxes.PROCESSED).resolve(interchange.fileName()))) {
                Mailboxes.writeAtomically(outbound, interchange.fileName(), interchange.content());
            }
        } catch (IOException | RuntimeException e) {
            // A full disk or an unmounted share heals; the batch is tried again (and given up after the attempts).
            throw new ClearinghouseException("Cannot write " + interchange.fileName() + " into " + outbound + ": "
                    + e, true, e);
        }
        return SubmissionReceipt.whole(interchange);
    }
}
