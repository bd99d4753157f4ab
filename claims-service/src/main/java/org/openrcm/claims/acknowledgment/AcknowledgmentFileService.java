package org.openrcm.claims.acknowledgment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.openrcm.claims.acknowledgment.AcknowledgmentOutcome;
import org.openrcm.claims.acknowledgment.AcknowledgmentService;
import org.openrcm.claims.acknowledgment.ClaimVerdict;
import org.openrcm.claims.persistence.SubmissionRepository;
import org.openrcm.claims.submission.Submission;
import org.openrcm.x12.X12Issue;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.ack.Ack999;
import org.openrcm.x12.ack.Ack999Reader;
import org.openrcm.x12.ack.ClaimAck277;
import org.openrcm.x12.ack.ClaimAck277Reader;
import org.openrcm.x12.ack.ClaimStatus;

/**
 * Applies one acknowledgment file (999 or 277CA) in one transaction, recording its hash in the same transaction so
 * that the same file twice changes nothing. A transaction set that breaks the guide, a claim or submission we do not
 * know, go to the exception list; the rest of the file applies. A file that is not a 999 or 277CA at all is refused
 * ({@link UnreadableFileException}) and nothing of it is recorded.
 */
@ApplicationScoped
public class AcknowledgmentFileService {

    /** GS01 of a 999 group and of a 277 group. */
    static final String ACK_999 = "FA";
    static final String ACK_277 = "HN";
    static final String KIND_999 = "999";
    static final String KIND_277CA = "277CA";

    /** What the file did. */
    public record FileOutcome(String kind, boolean duplicate, int applied, int duplicates, int exceptions) {
    }

    private final AcknowledgmentService acknowledgments;
    private final SubmissionRepository submissions;
    private final InboundFileRepository files;
    private final AcknowledgmentExceptionRepository exceptions;
    private final Clock clock;
    private final Ack999Reader ack999Reader = new Ack999Reader();
    private final ClaimAck277Reader ack277Reader = new ClaimAck277Reader();

    AcknowledgmentFileService(AcknowledgmentService acknowledgments, SubmissionRepository submissions,
            InboundFileRepository files, AcknowledgmentExceptionRepository exceptions, Clock clock) {
        this.acknowledgments = acknowledgments;
        this.submissions = submissions;
        this.files = files;
        this.exceptions = exceptions;
        this.clock = clock;
    }

    /** @throws UnreadableFileException when the file is not a 999 or 277CA we can read at all */
    @Transactional
    public FileOutcome apply(InboundFile file) {
        Instant now = clock.instant();
        String kind = kind(file.content());
        if (!files.record(file, now)) {
            return new FileOutcome(kind, true, 0, 0, 0);
        }
        FileOutcome outcome = KIND_999.equals(kind) ? apply999(file, now) : apply277(file, now);
        files.summarize(file, outcome.kind(), outcome.applied() + " applied, " + outcome.duplicates()
                + " already known, " + outcome.exceptions() + " exception(s)");
        return outcome;
    }

    private FileOutcome apply999(InboundFile file, Instant now) {
        X12ReadResult<Ack999> read = ack999Reader.read(file.content());
        int applied = 0;
        int listed = 0;
        for (X12ReadResult.TransactionSet<Ack999> set : read.transactionSets()) {
            if (!set.accepted()) {
                listed += invalid(file, set, now);
                continue;
            }
            Ack999 ack = set.content();
            Optional<Submission> submission = submissions.findByGroup(file.tenantId(), file.route(),
                    ack.groupControlNumber());
            if (submission.isEmpty()) {
                exceptions.persist(AcknowledgmentException.of(file, AcknowledgmentException.Kind.UNKNOWN_SUBMISSION,
                        "GS06 " + ack.groupControlNumber(), "999 for group control number " + ack.groupControlNumber()
                                + ", which this tenant never sent to mailbox " + file.route(), now));
                listed++;
                continue;
            }
            for (Ack999.SetResponse response : ack.setResponses()) {
                if (response.accepted()) {
                    continue;
                }
                int rejected = acknowledgments.rejectTransactionSet(submission.get(), response.controlNumber(),
                        AcknowledgmentVerdicts.rejection(response));
                applied += rejected;
            }
        }
        return new FileOutcome(KIND_999, false, applied, 0, listed);
    }

    private FileOutcome apply277(InboundFile file, Instant now) {
        X12ReadResult<ClaimAck277> read = ack277Reader.read(file.content());
        Map<String, ClaimVerdict> verdicts = new LinkedHashMap<>();
        int listed = 0;
        for (X12ReadResult.TransactionSet<ClaimAck277> set : read.transactionSets()) {
            if (!set.accepted()) {
                listed += invalid(file, set, now);
                continue;
            }
            for (ClaimStatus status : set.content().claims()) {
                AcknowledgmentVerdicts.verdict(status)
                        .ifPresent(verdict -> verdicts.put(status.patientControlNumber(), verdict));
            }
        }
        AcknowledgmentOutcome outcome = acknowledgments.applyByPatientControlNumber(file.tenantId(), verdicts);
        for (String unknown : outcome.unknownClaims()) {
            exceptions.persist(AcknowledgmentException.of(file, AcknowledgmentException.Kind.UNKNOWN_CLAIM,
                    "CLM01 " + unknown, "277CA status for patient control number " + unknown
                            + ", which this tenant never sent", now));
        }
        return new FileOutcome(KIND_277CA, false, outcome.applied(), outcome.duplicates(),
                listed + outcome.unknownClaims().size());
    }

    private int invalid(InboundFile file, X12ReadResult.TransactionSet<?> set, Instant now) {
        String issues = set.issues().stream().filter(X12Issue::isError)
                .map(issue -> issue.location() + " [" + issue.code() + "] " + issue.message())
                .collect(Collectors.joining("; "));
        exceptions.persist(AcknowledgmentException.of(file, AcknowledgmentException.Kind.INVALID_TRANSACTION_SET,
                "ST " + set.controlNumber(), "Transaction set " + set.transactionSetId() + " " + set.controlNumber()
                        + " breaks the guide and was not applied: " + (issues.isEmpty() ? "unreadable" : issues),
                now));
        return 1;
    }

    /** 999 or 277CA by the functional group's GS01; anything else cannot be applied. */
    private String kind(byte[] content) {
        X12ReadResult<Ack999> read = ack999Reader.read(content);
        if (!read.readable()) {
            throw new UnreadableFileException("Not an X12 interchange: " + read.issues().stream()
                    .map(X12Issue::message).collect(Collectors.joining("; ")));
        }
        List<String> kinds = new ArrayList<>();
        read.interchanges().forEach(interchange -> interchange.groups()
                .forEach(group -> kinds.add(group.envelope().functionalIdCode())));
        if (kinds.isEmpty()) {
            throw new UnreadableFileException("The interchange holds no functional group");
        }
        if (kinds.stream().allMatch(ACK_999::equals)) {
            return KIND_999;
        }
        if (kinds.stream().allMatch(ACK_277::equals)) {
            return KIND_277CA;
        }
        throw new UnreadableFileException("Not a 999 (GS01 FA) or 277CA (GS01 HN) file: functional groups "
                + String.join(", ", kinds));
    }
}
