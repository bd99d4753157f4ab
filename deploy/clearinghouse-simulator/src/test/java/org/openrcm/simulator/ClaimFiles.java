package org.openrcm.simulator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.openrcm.x12.Address;
import org.openrcm.x12.InMemoryControlNumbers;
import org.openrcm.x12.OutboundEnvelope;
import org.openrcm.x12.UsageIndicator;
import org.openrcm.x12.claim.BillingProvider;
import org.openrcm.x12.claim.Claim837;
import org.openrcm.x12.claim.Claim837Transaction;
import org.openrcm.x12.claim.Claim837Writer;
import org.openrcm.x12.claim.ClaimDetails;
import org.openrcm.x12.claim.FrequencyCode;
import org.openrcm.x12.claim.Payer;
import org.openrcm.x12.claim.PayerResponsibility;
import org.openrcm.x12.claim.ServiceLine;
import org.openrcm.x12.claim.Subscriber;

/** 837P files as claims-service writes them, written by the X12 module's own writer. */
final class ClaimFiles {

    static final OutboundEnvelope ENVELOPE = new OutboundEnvelope("ZZ", "OPENRCM", "ZZ", "CLEARHOUSE", "OPENRCM",
            "CLEARHOUSE", UsageIndicator.T);
    static final String BILLING_NPI = "1234567893";
    static final LocalDate SERVICE_DATE = LocalDate.of(2026, 11, 2);

    private ClaimFiles() {
    }

    /** @param procedures alternating procedure code and charge; every line points at the first diagnosis */
    static Claim837 claim(String pcn, String payerId, String memberId, List<String> diagnoses, String... procedures) {
        List<ServiceLine> lines = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < procedures.length; i += 2) {
            BigDecimal charge = new BigDecimal(procedures[i + 1]);
            int number = i / 2 + 1;
            lines.add(new ServiceLine(number, procedures[i], List.of(), charge, BigDecimal.ONE, null, List.of(1),
                    SERVICE_DATE, Integer.toString(number)));
            total = total.add(charge);
        }
        BillingProvider billing = new BillingProvider("LAKESIDE FAMILY MEDICINE", BILLING_NPI, "370000001", null,
                new Address("101 LAKE SHORE DR", null, "SPRINGFIELD", "IL", "627011234"), null, false);
        Subscriber subscriber = new Subscriber(PayerResponsibility.P, true, "G000100", "CI", null, memberId, "MILLER",
                "GRACE", LocalDate.of(1950, 3, 4), "F", new Address("12 OAK ST", null, "SPRINGFIELD", "IL", "62704"));
        ClaimDetails details = new ClaimDetails(pcn, total, "11", FrequencyCode.ORIGINAL, null, true, "A", "Y", "Y",
                diagnoses, null);
        return new Claim837(billing, subscriber, new Payer("PAYER " + payerId, payerId), null, details, lines);
    }

    static Claim837Transaction transaction(String submissionId, List<Claim837> claims) {
        return new Claim837Transaction(submissionId, LocalDateTime.of(2026, 11, 20, 10, 0),
                new org.openrcm.x12.claim.Submitter("LAKESIDE FAMILY MEDICINE", "LAKESIDE", "BILLING DESK",
                        "5555551212", null),
                new org.openrcm.x12.claim.Receiver("OPENRCM CLEARINGHOUSE", "CLEARHOUSE"), claims);
    }

    /** One interchange, one transaction set per list of claims. */
    @SafeVarargs
    static byte[] file(Clock clock, List<Claim837>... transactionSets) {
        List<Claim837Transaction> transactions = new ArrayList<>();
        for (int i = 0; i < transactionSets.length; i++) {
            transactions.add(transaction("SUB" + (i + 1), transactionSets[i]));
        }
        return new Claim837Writer(new InMemoryControlNumbers(), clock).write(ENVELOPE, transactions).content();
    }
}
