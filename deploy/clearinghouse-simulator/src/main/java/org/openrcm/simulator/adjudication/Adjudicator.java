package org.openrcm.simulator.adjudication;

import java.util.List;

import org.openrcm.simulator.wire.ClaimAcknowledgment;
import org.openrcm.simulator.wire.Remittance;
import org.openrcm.simulator.wire.SubmittedClaim;

/** What a payer decides about claims, apart from how the decisions travel (see the wire format). */
public interface Adjudicator {

    /** The payer's front-end edits (277CA): accepted with a payer claim number, or rejected saying why. */
    ClaimAcknowledgment acknowledge(SubmittedClaim claim);

    /** The payer adjudicates accepted claims of one payer and pays them in one remittance (835). */
    Remittance remit(String payerId, List<AcceptedClaim> claims);
}
