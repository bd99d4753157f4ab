package org.openrcm.claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.openrcm.x12.InMemoryControlNumbers;
import org.openrcm.x12.OutboundEnvelope;
import org.openrcm.x12.UsageIndicator;
import org.openrcm.x12.X12ReadResult;
import org.openrcm.x12.ack.Ack999;
import org.openrcm.x12.ack.Ack999Writer;
import org.openrcm.x12.ack.ClaimAck277;
import org.openrcm.x12.ack.ClaimAck277Writer;
import org.openrcm.x12.ack.ClaimStatus;
import org.openrcm.x12.ack.ProviderStatus;
import org.openrcm.x12.ack.StatusInfo;
import org.openrcm.x12.claim.Claim837Reader;
import org.openrcm.x12.claim.Claim837Transaction;

/** 999 and 277CA files as the clearinghouse writes them, made with the X12 module's writers. */
public final class Acknowledgments {

    /** The clearinghouse answering the bureau (the configured submitter and receiver, reversed). */
    private static final OutboundEnvelope CLEARINGHOUSE = new OutboundEnvelope("ZZ", "OPENRCMCH", "ZZ", "OPENRCM",
            "OPENRCMCH", "OPENRCM", UsageIndicator.P);
    private static final InMemoryControlNumbers CONTROL_NUMBERS = new InMemoryControlNumbers(500_000);

    private Acknowledgments() {
    }

    /** The GS06 and ST02 of an 837P file we sent. */
    public record Sent(String groupControlNumber, String setControlNumber) {

        public static Sent of(Path file) {
            X12ReadResult<Claim837Transaction> read;
            try {
                read = new Claim837Reader().read(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            X12ReadResult.FunctionalGroup<Claim837Transaction> group = read.interchanges().get(0).groups().get(0);
            return new Sent(group.envelope().controlNumber(), group.transactionSets().get(0).controlNumber());
        }
    }

    /** A 999 rejecting the sent transaction set for an invalid member id (NM109 of 2010BA). */
    public static byte[] rejecting999(Sent sent) {
        Ack999 ack = new Ack999("HC", sent.groupControlNumber(), "005010X222A1", List.of(new Ack999.SetResponse(
                "837", sent.setControlNumber(), "005010X222A1", List.of(new Ack999.SegmentError("NM1", 14, "2010",
                        "8", List.of(new Ack999.ElementError(9, 0, "67", "7", "XYZ123")))),
                Ack999.AckCode.R, List.of("5"), 0)), new Ack999.GroupResponse("R", 1, 1, 0, List.of()));
        return new Ack999Writer(CONTROL_NUMBERS, Clock.systemUTC()).write(CLEARINGHOUSE, List.of(ack)).content();
    }

    /** A 999 accepting the sent transaction set. */
    public static byte[] accepting999(Sent sent) {
        Ack999 ack = new Ack999("HC", sent.groupControlNumber(), "005010X222A1", List.of(new Ack999.SetResponse(
                "837", sent.setControlNumber(), "005010X222A1", List.of(), Ack999.AckCode.A, List.of(), 0)),
                new Ack999.GroupResponse("A", 1, 1, 1, List.of()));
        return new Ack999Writer(CONTROL_NUMBERS, Clock.systemUTC()).write(CLEARINGHOUSE, List.of(ack)).content();
    }

    /** One claim's STC in a 277CA. */
    public record Status(String patientControlNumber, String category, String code, String entity,
            String payerClaimNumber) {

        public static Status accepted(String patientControlNumber, String payerClaimNumber) {
            return new Status(patientControlNumber, "A2", "20", null, payerClaimNumber);
        }

        public static Status rejected(String patientControlNumber, String category, String code, String entity) {
            return new Status(patientControlNumber, category, code, entity, null);
        }
    }

    /** A 277CA with one STC per claim. */
    public static byte[] claimAck277(Status... statuses) {
        return new ClaimAck277Writer(CONTROL_NUMBERS, Clock.systemUTC()).write(CLEARINGHOUSE,
                List.of(transaction(statuses))).content();
    }

    /** A 277CA interchange with one transaction set (ST 0001, 0002, ...) per status. */
    public static String claimAck277Sets(Status... statuses) {
        return new ClaimAck277Writer(CONTROL_NUMBERS, Clock.systemUTC()).write(CLEARINGHOUSE,
                java.util.Arrays.stream(statuses).map(Acknowledgments::transaction).toList()).text();
    }

    private static ClaimAck277 transaction(Status... statuses) {
        LocalDate today = LocalDate.now();
        List<ClaimStatus> claims = java.util.Arrays.stream(statuses).map(status -> new ClaimStatus("LEE", "ANN",
                "XYZ123", status.patientControlNumber(), List.of(new StatusInfo(status.category(), status.code(),
                        status.entity(), today, status.category().startsWith("A1") || status.category().equals("A2")
                                ? "WQ" : "U", new BigDecimal("125.00"), null, 0)),
                status.payerClaimNumber(), new BigDecimal("125.00"), LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 11, 20), 0)).toList();
        return new ClaimAck277("ACK-" + System.nanoTime(), today, "OPENRCM CLEARINGHOUSE", "OPENRCMCH",
                "OPENRCM BILLING BUREAU", "OPENRCM", List.of(), List.of(new ProviderStatus("SUNRISE FAMILY MEDICINE",
                        Tenants.BILLING_NPI, List.of(), claims)));
    }
}
