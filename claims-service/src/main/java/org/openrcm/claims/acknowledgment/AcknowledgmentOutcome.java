package org.openrcm.claims.acknowledgment;

import java.util.List;

/**
 * What a batch of acknowledgments did: how many changed a claim, how many repeated what was already known, and
 * which claim ids the tenant did not send in that submission.
 */
public record AcknowledgmentOutcome(int applied, int duplicates, List<String> unknownClaims) {
}
