package org.openrcm.claims.x12;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.claims.config.X12Config;
import org.openrcm.claims.domain.BillingProfileDetails;
import org.openrcm.events.common.ValidationIssue;
import org.openrcm.x12.OutboundEnvelope;
import org.openrcm.x12.UsageIndicator;
import org.openrcm.x12.WrittenInterchange;
import org.openrcm.x12.X12Issue;
import org.openrcm.x12.claim.Claim837;
import org.openrcm.x12.claim.Claim837Rules;
import org.openrcm.x12.claim.Claim837Writer;

/**
 * Writes a batch's 837P file with the X12 module: the module's pre-check of each claim (a claim that would break the
 * guide is held, never sent), then one interchange validated by the module before it is returned. Control numbers
 * come from {@link DatabaseControlNumbers} in the caller's transaction.
 */
@ApplicationScoped
public class Claim837Files {

    /** ISA05/ISA07: mutually defined ids. */
    private static final String MUTUALLY_DEFINED = "ZZ";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    private final Claim837Writer writer;
    private final X12Config config;

    Claim837Files(DatabaseControlNumbers controlNumbers, Clock clock, X12Config config) {
        this.writer = new Claim837Writer(controlNumbers, clock);
        this.config = config;
    }

    /** The guide's rules this claim breaks, as issues a biller reads (empty when it can be sent). */
    public List<ValidationIssue> precheck(Claim837 claim) {
        return issues(Claim837Rules.check(claim));
    }

    /** The X12 module's issues (errors only) in the scrubber's vocabulary: where, and what is wrong. */
    public static List<ValidationIssue> issues(List<X12Issue> issues) {
        return issues.stream().filter(X12Issue::isError).map(issue -> new ValidationIssue(code(issue),
                issue.location(), issue.message())).toList();
    }

    /** The bureau's submitter unless the practice has its own. */
    public BillingProfileDetails.SubmitterDetails submitter(BillingProfileDetails profile) {
        if (profile.submitter() != null) {
            return profile.submitter();
        }
        X12Config.Submitter bureau = config.submitter();
        return new BillingProfileDetails.SubmitterDetails(bureau.id(), bureau.name(), bureau.contactName(),
                bureau.contactPhone().orElse(null), bureau.contactEmail().orElse(null));
    }

    /** The bureau's clearinghouse unless the practice has its own. */
    public BillingProfileDetails.ReceiverDetails receiver(BillingProfileDetails profile) {
        return profile.receiver() != null ? profile.receiver()
                : new BillingProfileDetails.ReceiverDetails(config.receiver().id(), config.receiver().name());
    }

    /**
     * Writes one interchange holding one transaction set with the claims.
     *
     * @throws org.openrcm.x12.X12ValidationException when the file would break the guide (e.g. a bad submitter)
     */
    public WrittenInterchange write(String submissionId, Instant now, BillingProfileDetails.SubmitterDetails submitter,
            BillingProfileDetails.ReceiverDetails receiver, List<Claim837> claims) {
        OutboundEnvelope envelope = new OutboundEnvelope(MUTUALLY_DEFINED, submitter.id(), MUTUALLY_DEFINED,
                receiver.id(), submitter.id(), receiver.id(), UsageIndicator.valueOf(config.usage()));
        return writer.write(envelope, Claim837Mapper.transaction(submissionId,
                LocalDateTime.ofInstant(now, ZoneOffset.UTC), submitter, receiver, claims));
    }

    /** {@code 837P-<tenantId>-<ISA13>-<yyyyMMddHHmmss>.x12} (CONVENTIONS). */
    public static String fileName(String tenantId, String interchangeControlNumber, Instant now) {
        return "837P-" + tenantId + "-" + interchangeControlNumber + "-"
                + STAMP.format(LocalDateTime.ofInstant(now, ZoneOffset.UTC)) + ".x12";
    }

    /** e.g. X12_NM109 for an element, X12_REF for a segment, X12_ENVELOPE for the rest. */
    private static String code(X12Issue issue) {
        if (issue.segmentId() == null) {
            return "X12_ENVELOPE";
        }
        return "X12_" + issue.segmentId()
                + (issue.elementPosition() > 0 ? String.format("%02d", issue.elementPosition()) : "");
    }
}
