package org.openrcm.payments.x12;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.payments.remittance.Cas;
import org.openrcm.payments.remittance.ClaimRemittance;
import org.openrcm.payments.remittance.ProviderAdjustment;
import org.openrcm.payments.remittance.Remark;
import org.openrcm.payments.remittance.Remittance;
import org.openrcm.payments.remittance.RemittanceReader;
import org.openrcm.payments.remittance.RemittanceSource;
import org.openrcm.payments.remittance.ServiceLineRemittance;
import org.openrcm.x12.X12Issue;
import org.openrcm.x12.remit.Adjustment;
import org.openrcm.x12.remit.ClaimPayment;
import org.openrcm.x12.remit.QualifiedDate;
import org.openrcm.x12.remit.Remittance835;
import org.openrcm.x12.remit.ServicePayment;

/**
 * Reads one 835 transaction set, as the X12 module parsed it, into the domain {@link Remittance}. Every issue the
 * module found in the set (deviations, and errors that still left it readable) is kept on the remittance with its
 * location. A set lacking what posting cannot do without (the payment amount, the trace, the payer, a claim's
 * number, status or amounts) is refused with the reason: it is recorded, never posted.
 */
@ApplicationScoped
public class X12RemittanceReader implements RemittanceReader<X12RemittanceSet> {

    /** A transaction set that cannot be posted safely; the message says why and where. */
    public static class UnpostableSetException extends RuntimeException {
        public UnpostableSetException(String message) {
            super(message);
        }
    }

    @Override
    public Remittance read(X12RemittanceSet source) {
        Remittance835 set = source.transactionSet().content();
        String st = source.transactionSet().controlNumber();
        if (set == null) {
            List<String> errors = errors(source);
            throw new UnpostableSetException("ST " + st + " could not be read: "
                    + (errors.isEmpty() ? "no content" : String.join("; ", errors)));
        }
        // The X12 module leaves out what it could not read (a claim with an amount that is not a number): posting
        // the rest would post a different remittance from the one the payer sent.
        List<String> errors = errors(source);
        require(errors.isEmpty(), "ST " + st, "it cannot be posted safely: " + String.join("; ", errors));
        require(set.payment() != null && set.payment().amount() != null, st, "BPR02 payment amount is missing");
        require(set.trace() != null && present(set.trace().traceNumber()), st, "TRN02 trace number is missing");
        require(present(set.payerId()), st, "the payer (N1*PR / REF*2U) is not identified");
        List<ClaimRemittance> claims = new ArrayList<>();
        for (ClaimPayment clp : set.claims()) {
            String at = "ST " + st + " CLP at segment " + clp.segmentPosition();
            require(present(clp.patientControlNumber()), at, "CLP01 patient control number is missing");
            require(present(clp.statusCode()), at, "CLP02 claim status is missing");
            require(clp.charge() != null && clp.paid() != null, at, "CLP03/CLP04 amounts are missing");
            claims.add(claim(clp));
        }
        List<ProviderAdjustment> plbs = set.providerAdjustments().stream()
                .flatMap(plb -> plb.items().stream().map(item -> new ProviderAdjustment(plb.providerId(),
                        plb.fiscalPeriodDate(), item.reasonCode(), item.reference(), item.amount(),
                        plb.segmentPosition())))
                .toList();
        List<String> deviations = source.transactionSet().issues().stream().map(X12Issue::toString).toList();
        RemittanceSource origin = new RemittanceSource(source.channel(),
                source.interchange() == null ? null : source.interchange().controlNumber(),
                source.group() == null ? null : source.group().controlNumber(), st, source.setIndex(), deviations);
        return new Remittance(set.payerId(), set.payer() == null ? set.payerId() : orElse(set.payer().name(),
                set.payerId()), set.payee() == null ? null : set.payee().id(),
                set.payee() == null ? null : set.payee().name(), set.trace().traceNumber(),
                orElse(set.payment().paymentMethod(), "NON"), set.payment().paymentDate(), set.payment().amount(),
                claims, plbs, origin);
    }

    private static ClaimRemittance claim(ClaimPayment clp) {
        List<ServiceLineRemittance> lines = clp.lines().stream().map(X12RemittanceReader::line).toList();
        List<Remark> remarks = clp.remarks().stream().map(r -> Remark.of(r.code(), r.segmentId())).toList();
        BigDecimal patientShare = clp.patientResponsibility() != null ? clp.patientResponsibility()
                : BigDecimal.ZERO;
        return new ClaimRemittance(clp.patientControlNumber(), clp.statusCode(), clp.charge(), clp.paid(),
                patientShare, clp.payerClaimControlNumber(), cas(clp.adjustments()), lines, remarks,
                clp.segmentPosition());
    }

    private static ServiceLineRemittance line(ServicePayment svc) {
        return new ServiceLineRemittance(svc.procedure() == null ? "" : svc.procedure().code(),
                svc.procedure() == null ? List.of() : svc.procedure().modifiers(), svc.charge(), svc.paid(),
                svc.units(), svc.originalProcedure() == null ? null : svc.originalProcedure().code(),
                svc.originalProcedure() == null ? List.of() : svc.originalProcedure().modifiers(),
                svc.lineItemControlNumber(),
                svc.dates().stream().map(QualifiedDate::date).filter(Objects::nonNull).findFirst().orElse(null),
                cas(svc.adjustments()), svc.remarks().stream().map(r -> Remark.of(r.code(), r.segmentId())).toList(),
                svc.segmentPosition());
    }

    private static List<Cas> cas(List<Adjustment> adjustments) {
        return adjustments.stream().map(a -> new Cas(a.groupCode(), a.reasonCode(), a.amount(), a.segmentPosition()))
                .toList();
    }

    private static List<String> errors(X12RemittanceSet source) {
        return source.transactionSet().issues().stream().filter(X12Issue::isError).map(X12Issue::toString).toList();
    }

    private static void require(boolean condition, String at, String problem) {
        if (!condition) {
            throw new UnpostableSetException(at + ": " + problem);
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static String orElse(String value, String fallback) {
        return present(value) ? value : fallback;
    }
}
