package org.openrcm.payments.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.payments.remittance.Cas;
import org.openrcm.payments.remittance.ClaimRemittance;
import org.openrcm.payments.remittance.ProviderAdjustment;
import org.openrcm.payments.remittance.Remark;
import org.openrcm.payments.remittance.Remittance;
import org.openrcm.payments.remittance.RemittanceReader;
import org.openrcm.payments.remittance.RemittanceSource;
import org.openrcm.payments.remittance.ServiceLineRemittance;

/** Reads the API's JSON remittance, already checked for shape, into the domain form. */
@ApplicationScoped
public class JsonRemittanceReader implements RemittanceReader<RemittanceRequest> {

    @Override
    public Remittance read(RemittanceRequest request) {
        return read(request, RemittanceSource.API);
    }

    /** A paper EOB a poster keyed in. */
    public Remittance readManual(RemittanceRequest request) {
        return read(request, RemittanceSource.MANUAL);
    }

    private Remittance read(RemittanceRequest request, String channel) {
        List<ProviderAdjustment> plbs = request.providerAdjustments() == null ? List.of()
                : request.providerAdjustments().stream().map(p -> new ProviderAdjustment(p.providerId(),
                        request.paymentDate(), p.reasonCode(), p.reference(), new BigDecimal(p.amount()), 0)).toList();
        return new Remittance(request.payerId(), request.payerName(), request.payeeId(), request.payeeName(),
                request.traceNumber(), request.paymentMethod(), request.paymentDate(),
                new BigDecimal(request.paymentAmount()),
                request.claims().stream().map(JsonRemittanceReader::claim).toList(), plbs,
                RemittanceSource.of(channel));
    }

    private static ClaimRemittance claim(RemittanceRequest.ClaimDto claim) {
        List<ServiceLineRemittance> lines = claim.lines() == null ? List.of()
                : claim.lines().stream().map(JsonRemittanceReader::line).toList();
        return new ClaimRemittance(claim.claimId(), claim.claimStatusCode(), new BigDecimal(claim.chargeAmount()),
                new BigDecimal(claim.paidAmount()), new BigDecimal(claim.patientResponsibilityAmount()),
                claim.payerClaimNumber(), adjustments(claim.adjustments()), lines, remarks(claim.remarkCodes(), "MOA"),
                0);
    }

    private static ServiceLineRemittance line(RemittanceRequest.LineDto line) {
        return new ServiceLineRemittance(line.procedureCode(), line.modifiers(), new BigDecimal(line.chargeAmount()),
                new BigDecimal(line.paidAmount()), null, null, List.of(), line.lineControlNumber(),
                line.serviceDate(), adjustments(line.adjustments()), remarks(line.remarkCodes(), "LQ"), 0);
    }

    private static List<Cas> adjustments(List<RemittanceRequest.AdjustmentDto> adjustments) {
        return adjustments == null ? List.of() : adjustments.stream()
                .map(a -> new Cas(a.groupCode(), a.reasonCode(), new BigDecimal(a.amount()), 0)).toList();
    }

    private static List<Remark> remarks(List<String> codes, String source) {
        return codes == null ? List.of() : codes.stream().map(code -> Remark.of(code, source)).toList();
    }
}
