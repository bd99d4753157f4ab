package org.openrcm.simulator.x12;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.openrcm.simulator.adjudication.AcceptedClaim;
import org.openrcm.simulator.adjudication.FrontEndDecision;
import org.openrcm.simulator.adjudication.FrontEndEdits;
import org.openrcm.simulator.adjudication.PayerClaim;
import org.openrcm.simulator.adjudication.Remittance;
import org.openrcm.simulator.adjudication.RemittancePlanner;
import org.openrcm.simulator.drop.Mailbox;
import org.openrcm.x12.ControlNumbers;
import org.openrcm.x12.GroupEnvelope;
import org.openrcm.x12.InterchangeEnvelope;
import org.openrcm.x12.OutboundEnvelope;
import org.openrcm.x12.WrittenInterchange;
import org.openrcm.x12.X12Issue;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.ack.Ack999;
import org.openrcm.x12.ack.Ack999Writer;
import org.openrcm.x12.ack.ClaimAck277;
import org.openrcm.x12.ack.ClaimAck277Writer;
import org.openrcm.x12.claim.Claim837;
import org.openrcm.x12.claim.Claim837Reader;
import org.openrcm.x12.claim.Claim837Transaction;
import org.openrcm.x12.remit.Remittance835Writer;

/**
 * Everything the clearinghouse and its payers answer to one 837P file, built at once: per interchange a 999 (every
 * transaction set accepted, or rejected with the errors the X12 module found by location); per accepted transaction
 * set a 277CA (each claim accepted with a payer claim number, or rejected by the payer's {@link FrontEndEdits});
 * and the 835s that pay the accepted claims in two waves ({@link RemittancePlanner}). Every file is written and
 * validated by the X12 module.
 */
public final class ClaimFileAnswerer {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /**
     * One file to deliver.
     *
     * @param kind             {@code 999}, {@code 277CA} or {@code 835}
     * @param mailboxDirectory {@link Mailbox#INBOUND} or {@link Mailbox#REMITTANCE}
     */
    public record AnswerFile(String kind, String mailboxDirectory, String name, byte[] content) {
    }

    /**
     * The answers to one claim file.
     *
     * @param unreadable        why nothing could be read from the file (it is quarantined), or null
     * @param acknowledgments   the 999s and 277CAs
     * @param firstRemittances  the first wave of 835s
     * @param secondRemittances the second wave: split remainders, reversals and corrections, crossovers
     */
    public record Answers(String unreadable, List<AnswerFile> acknowledgments, List<AnswerFile> firstRemittances,
            List<AnswerFile> secondRemittances, int setsRejected, int claimsAccepted, int claimsRejected) {

        static Answers unreadable(String reason) {
            return new Answers(reason, List.of(), List.of(), List.of(), 0, 0, 0);
        }
    }

    private final Claim837Reader reader = new Claim837Reader();
    private final Ack999Writer ack999Writer;
    private final ClaimAck277Writer ack277Writer;
    private final Remittance835Writer remittanceWriter;
    private final RemittancePlanner planner;
    private final Supplier<String> payerClaimNumbers;
    private final Supplier<String> referenceIds;
    private final Clock clock;

    public ClaimFileAnswerer(ControlNumbers controlNumbers, RemittancePlanner planner,
            Supplier<String> payerClaimNumbers, Supplier<String> referenceIds, Clock clock) {
        this.ack999Writer = new Ack999Writer(controlNumbers, clock);
        this.ack277Writer = new ClaimAck277Writer(controlNumbers, clock);
        this.remittanceWriter = new Remittance835Writer(controlNumbers, clock);
        this.planner = planner;
        this.payerClaimNumbers = payerClaimNumbers;
        this.referenceIds = referenceIds;
        this.clock = clock;
    }

    public Answers answer(String tenantId, byte[] content) {
        X12ReadResult<Claim837Transaction> read = reader.read(content);
        if (!read.readable()) {
            return Answers.unreadable(read.allIssues().stream().map(X12Issue::toString)
                    .collect(Collectors.joining("; ")));
        }
        LocalDate today = LocalDate.now(clock);
        List<AnswerFile> acknowledgments = new ArrayList<>();
        List<AcceptedClaim> accepted = new ArrayList<>();
        OutboundEnvelope remittanceEnvelope = null;
        int setsRejected = 0;
        int claimsRejected = 0;
        for (X12ReadResult.Interchange<Claim837Transaction> interchange : read.interchanges()) {
            OutboundEnvelope envelope = answerEnvelope(interchange);
            remittanceEnvelope = remittanceEnvelope == null ? envelope : remittanceEnvelope;
            List<Ack999> groupAcknowledgments = interchange.groups().stream()
                    .<Ack999>map(Ack999Writer::answer).toList();
            if (!groupAcknowledgments.isEmpty()) {
                acknowledgments.add(file("999", Mailbox.INBOUND, tenantId,
                        ack999Writer.write(envelope, groupAcknowledgments)));
            }
            for (X12ReadResult.FunctionalGroup<Claim837Transaction> group : interchange.groups()) {
                for (X12ReadResult.TransactionSet<Claim837Transaction> set : group.transactionSets()) {
                    if (!set.accepted()) {
                        setsRejected++;
                        continue;
                    }
                    List<ClaimDecision> decisions = new ArrayList<>();
                    for (Claim837 claim : set.content().claims()) {
                        PayerClaim payerClaim = PayerClaims.from(claim);
                        FrontEndDecision decision = FrontEndEdits.review(payerClaim);
                        String payerClaimNumber = decision.accepted() ? payerClaimNumbers.get() : null;
                        decisions.add(new ClaimDecision(payerClaim, decision, payerClaimNumber));
                        if (decision.accepted()) {
                            accepted.add(new AcceptedClaim(payerClaim, payerClaimNumber));
                        } else {
                            claimsRejected++;
                        }
                    }
                    ClaimAck277 acknowledgment = ClaimAcknowledgments.of(set.content(), decisions,
                            referenceIds.get(), today);
                    acknowledgments.add(file("277CA", Mailbox.INBOUND, tenantId,
                            ack277Writer.write(envelope, List.of(acknowledgment))));
                }
            }
        }
        RemittancePlanner.Plan plan = planner.plan(accepted);
        return new Answers(null, List.copyOf(acknowledgments), remittances(plan.first(), remittanceEnvelope, tenantId),
                remittances(plan.second(), remittanceEnvelope, tenantId), setsRejected, accepted.size(),
                claimsRejected);
    }

    private List<AnswerFile> remittances(List<Remittance> remittances, OutboundEnvelope envelope, String tenantId) {
        return remittances.stream().map(remittance -> file("835", Mailbox.REMITTANCE, tenantId,
                remittanceWriter.write(envelope, List.of(RemittanceAdvice.of(remittance))))).toList();
    }

    private AnswerFile file(String kind, String directory, String tenantId, WrittenInterchange written) {
        String name = kind + "-" + tenantId + "-" + written.interchange().controlNumber() + "-"
                + LocalDateTime.now(clock).format(FILE_TIME) + ".x12";
        return new AnswerFile(kind, directory, name, written.content());
    }

    /** The envelope of the answer: the claim file's, sender and receiver swapped. */
    private static OutboundEnvelope answerEnvelope(X12ReadResult.Interchange<?> interchange) {
        InterchangeEnvelope isa = interchange.envelope();
        GroupEnvelope gs = interchange.groups().isEmpty() ? null : interchange.groups().get(0).envelope();
        return new OutboundEnvelope(isa.senderQualifier(), isa.senderId(), isa.receiverQualifier(), isa.receiverId(),
                gs == null ? isa.senderId() : gs.applicationSenderCode(),
                gs == null ? isa.receiverId() : gs.applicationReceiverCode(), isa.usage()).reversed();
    }
}
