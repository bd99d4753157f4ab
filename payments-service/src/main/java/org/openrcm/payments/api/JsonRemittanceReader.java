package org.openrcm.payments.api;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.openrcm.events.common.Adjustment;
import org.openrcm.payments.domain.ClaimRemittance;
import org.openrcm.payments.domain.Remittance;
import org.openrcm.payments.domain.RemittanceReader;

/** Reads the API's JSON remittance, already checked for shape, into the domain form. */
@ApplicationScoped
public class JsonRemittanceReader implements RemittanceReader<RemittanceRequest> {

    @Override
    public Remittance read(RemittanceRequest request) {
        return new Remittance(request.payerId(), request.payerName(), request.traceNumber(),
                request.paymentMethod(), request.paymentDate(), new BigDecimal(request.paymentAmount()),
                request.claims().stream().map(JsonRemittanceReader::claim).toList());
    }

    private static ClaimRemittance claim(RemittanceRequest.ClaimDto claim) {
        List<Adjustment> adjustments = claim.adjustments() == null ? List.of()
                : claim.adjustments().stream().map(a -> new Adjustment(a.groupCode(), a.reasonCode(),
                        new BigDecimal(a.amount()))).toList();
        return new ClaimRemittance(claim.claimId(), claim.claimStatusCode(), new BigDecimal(claim.chargeAmount()),
                new BigDecimal(claim.paidAmount()), new BigDecimal(claim.patientResponsibilityAmount()),
                claim.payerClaimNumber(), adjustments);
    }
}
