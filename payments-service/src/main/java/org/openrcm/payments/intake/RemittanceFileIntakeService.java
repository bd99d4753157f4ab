package org.openrcm.payments.intake;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.payments.persistence.ClaimLocks;
import org.openrcm.payments.persistence.RemittanceRepository;
import org.openrcm.payments.remittance.ReceivedRemittance;
import org.openrcm.payments.remittance.Remittance;
import org.openrcm.payments.remittance.RemittanceIntakeService;
import org.openrcm.payments.x12.X12RemittanceReader;
import org.openrcm.payments.x12.X12RemittanceSet;
import org.openrcm.x12.X12Issue;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.remit.Remittance835;
import org.openrcm.x12.remit.Remittance835Reader;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

/**
 * Takes an 835 file in, from the clearinghouse drop or the REST API, in one transaction: its SHA-256 is recorded with
 * what it applied. The same bytes again are recorded as a duplicate and change nothing. A file with no readable
 * interchange is quarantined with the reader's reason. Otherwise every transaction set is taken in on its own
 * ({@link RemittanceIntakeService}: posted, held with its discrepancy, or reported as a duplicate), a set that
 * cannot be posted safely is recorded with why, and the other sets of the file still post.
 */
@ApplicationScoped
public class RemittanceFileIntakeService {

    /** What became of a file: the file record (the first copy's outcomes for a duplicate) and its remittances. */
    public record FileIntake(RemittanceFile file, boolean duplicate, List<ReceivedRemittance> remittances) {
    }

    private static final Remittance835Reader READER = new Remittance835Reader();

    private final RemittanceFileRepository files;
    private final RemittanceRepository remittances;
    private final RemittanceIntakeService intake;
    private final X12RemittanceReader reader;
    private final ClaimLocks locks;
    private final Clock clock;

    RemittanceFileIntakeService(RemittanceFileRepository files, RemittanceRepository remittances,
            RemittanceIntakeService intake, X12RemittanceReader reader, ClaimLocks locks, Clock clock) {
        this.files = files;
        this.remittances = remittances;
        this.intake = intake;
        this.reader = reader;
        this.locks = locks;
        this.clock = clock;
    }

    // A large payer's daily file is posted in one transaction: far longer than the default 60 s may be needed.
    @Transactional
    @TransactionConfiguration(timeout = 1800)
    public FileIntake receive(String tenantId, String fileName, String channel, byte[] content) {
        String sha256 = sha256(content);
        locks.lockFile(tenantId, sha256);
        Optional<RemittanceFile> original = files.findOriginal(tenantId, sha256);
        if (original.isPresent()) {
            RemittanceFile duplicate = RemittanceFile.duplicateOf(original.get(), fileName, channel, clock.instant());
            files.persist(duplicate);
            return new FileIntake(original.get(), true, remittances.forFile(original.get().id()));
        }
        RemittanceFile file = RemittanceFile.received(tenantId, fileName, channel, sha256, content, clock.instant());
        files.persist(file);
        X12ReadResult<Remittance835> read = READER.read(content);
        List<String> issues = read.allIssues().stream().map(X12Issue::toString).toList();
        if (!read.readable()) {
            file.quarantine("not a readable 835: " + read.issues().stream().map(X12Issue::toString)
                    .reduce((a, b) -> a + "; " + b).orElse("no interchange found"));
            file.record(List.of(), issues);
            return new FileIntake(file, false, List.of());
        }
        List<RemittanceFile.SetOutcome> outcomes = new ArrayList<>();
        List<ReceivedRemittance> taken = new ArrayList<>();
        int setIndex = 0;
        for (X12ReadResult.Interchange<Remittance835> interchange : read.interchanges()) {
            for (X12ReadResult.FunctionalGroup<Remittance835> group : interchange.groups()) {
                for (X12ReadResult.TransactionSet<Remittance835> set : group.transactionSets()) {
                    setIndex++;
                    X12RemittanceSet source = new X12RemittanceSet(interchange.envelope(), group.envelope(), set,
                            setIndex, channel);
                    Remittance remittance;
                    try {
                        remittance = reader.read(source);
                    } catch (X12RemittanceReader.UnpostableSetException e) {
                        outcomes.add(new RemittanceFile.SetOutcome(setIndex, set.controlNumber(), "UNREADABLE", null,
                                e.getMessage()));
                        continue;
                    }
                    RemittanceIntakeService.Intake result = intake.receive(tenantId, remittance, file.id());
                    ReceivedRemittance received = result.remittance();
                    outcomes.add(new RemittanceFile.SetOutcome(setIndex, set.controlNumber(),
                            result.outcome().name(), received.id().toString(),
                            result.outcome() == RemittanceIntakeService.Outcome.DUPLICATE
                                    ? "the same remittance was taken in before (remittance " + received.id() + ")"
                                    : received.holdReason()));
                    taken.add(received);
                    // A large payer file has thousands of claims: the session holds one set at a time, so that each
                    // query's flush check does not grow with the file.
                    files.flush();
                    files.getEntityManager().clear();
                }
            }
        }
        RemittanceFile recorded = files.findById(file.id());
        recorded.record(outcomes, issues);
        return new FileIntake(recorded, false, taken);
    }

    @Transactional
    public Optional<RemittanceFile> find(String tenantId, UUID id) {
        return files.findForTenant(tenantId, id);
    }

    @Transactional
    public List<RemittanceFile> list(String tenantId, int page, int size) {
        return files.listForTenant(tenantId, page, size);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
