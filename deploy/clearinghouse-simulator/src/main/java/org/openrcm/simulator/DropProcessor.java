package org.openrcm.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.openrcm.simulator.adjudication.Adjudicator;
import org.openrcm.simulator.adjudication.PayerContracts;
import org.openrcm.simulator.adjudication.RemittancePlanner;
import org.openrcm.simulator.drop.AnswerStore;
import org.openrcm.simulator.drop.FileDrop;
import org.openrcm.simulator.drop.Mailbox;
import org.openrcm.simulator.x12.ClaimFileAnswerer;
import org.openrcm.simulator.x12.ClaimFileAnswerer.AnswerFile;
import org.openrcm.simulator.x12.ClaimFileAnswerer.Answers;
import org.openrcm.simulator.x12.StoredControlNumbers;

/**
 * One pass over the file drop: deliver the answers that are due, then take every 837P file waiting in an
 * {@code outbound/} directory. A file is answered once per content (its SHA-256): its answers are stored with their
 * due times and the file moves to {@code processed/}; the same content again only moves to {@code processed/}. A
 * file that cannot be read at all goes to {@code quarantine/} with the reason; nothing stops the pass.
 */
final class DropProcessor {

    private static final System.Logger LOG = System.getLogger(DropProcessor.class.getName());

    private final FileDrop drop;
    private final AnswerStore store;
    private final ClaimFileAnswerer answerer;
    private final Clock clock;
    private final Duration ackDelay;
    private final Duration remitDelay;

    DropProcessor(FileDrop drop, AnswerStore store, ClaimFileAnswerer answerer, Clock clock, Duration ackDelay,
            Duration remitDelay) {
        this.drop = drop;
        this.store = store;
        this.answerer = answerer;
        this.clock = clock;
        this.ackDelay = ackDelay;
        this.remitDelay = remitDelay;
    }

    /** The processor of the drop the options name, with its answers and control numbers in the state directory. */
    static DropProcessor of(SimulatorOptions options, Clock clock) {
        long started = clock.millis();
        FileDrop drop = new FileDrop(options.dropRoot());
        requireDirectory(drop.root());
        requireDirectory(options.stateDir());
        IdSequence payerClaimNumbers = new IdSequence("ICN", started);
        RemittancePlanner planner = new RemittancePlanner(new Adjudicator(PayerContracts.STANDARD),
                new IdSequence("EFT", started), payerClaimNumbers, clock);
        ClaimFileAnswerer answerer = new ClaimFileAnswerer(
                new StoredControlNumbers(options.stateDir().resolve("control-numbers.properties")), planner,
                payerClaimNumbers, new IdSequence("ACK", started), clock);
        return new DropProcessor(drop, new AnswerStore(options.stateDir(), drop, clock), answerer, clock,
                options.ackDelay(), options.remitDelay());
    }

    /** @return the number of claim files taken in this pass */
    int poll() {
        store.releaseDue();
        int taken = 0;
        for (Mailbox mailbox : drop.mailboxes()) {
            for (Path file : drop.waitingClaimFiles(mailbox)) {
                take(mailbox, file);
                taken++;
            }
        }
        if (taken > 0) {
            store.releaseDue(); // answers due at once (zero delays) go out in the same pass
        }
        return taken;
    }

    private void take(Mailbox mailbox, Path file) {
        String name = file.getFileName().toString();
        try {
            byte[] content = Files.readAllBytes(file);
            String sha256 = sha256(content);
            if (store.answered(sha256)) {
                LOG.log(System.Logger.Level.INFO, "{0} (tenant {1}) was answered before; not answering again", name,
                        mailbox.tenantId());
                drop.moveToProcessed(file);
                return;
            }
            Answers answers = answerer.answer(mailbox.tenantId(), content);
            if (answers.unreadable() != null) {
                LOG.log(System.Logger.Level.WARNING, "{0} (tenant {1}) is not a readable 837P; quarantined", name,
                        mailbox.tenantId());
                drop.quarantine(file, "Not a readable 837P file: " + answers.unreadable());
                return;
            }
            Instant acknowledged = clock.instant().plus(ackDelay);
            Instant firstRemittance = acknowledged.plus(remitDelay);
            Instant secondRemittance = firstRemittance.plus(remitDelay);
            AnswerStore.Batch batch = store.begin(sha256);
            add(batch, mailbox, acknowledged, answers.acknowledgments());
            add(batch, mailbox, firstRemittance, answers.firstRemittances());
            add(batch, mailbox, secondRemittance, answers.secondRemittances());
            batch.commit();
            drop.moveToProcessed(file);
            LOG.log(System.Logger.Level.INFO, "{0} (tenant {1}, route {2}) taken: claims accepted {3}, rejected {4}, "
                    + "transaction sets rejected {5}; 835 files to come {6}", name, mailbox.tenantId(),
                    mailbox.route(), answers.claimsAccepted(), answers.claimsRejected(), answers.setsRejected(),
                    answers.firstRemittances().size() + answers.secondRemittances().size());
        } catch (IOException | RuntimeException e) {
            // The simulator's own failure on this file: set it aside with the reason rather than retry it forever.
            LOG.log(System.Logger.Level.ERROR, "Answering " + name + " failed; quarantining it", e);
            if (Files.exists(file)) {
                drop.quarantine(file, "The simulator could not answer this file: " + e);
            }
        }
    }

    private static void add(AnswerStore.Batch batch, Mailbox mailbox, Instant due, List<AnswerFile> files) {
        files.forEach(file -> batch.add(due, mailbox, file.mailboxDirectory(), file.name(), file.content()));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK always has SHA-256", e);
        }
    }

    private static void requireDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + directory, e);
        }
    }
}
