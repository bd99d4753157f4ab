package org.openrcm.claims.domain;

/**
 * What kind of fix a rejection asks for, so that it reaches whoever can make it: CODING goes back to coding-service
 * (invalid or inconsistent codes), the others are the biller's (coverage, provider enrollment, payer set-up).
 */
public enum RejectionCategory {
    CODING, ELIGIBILITY, PROVIDER, PAYER_DATA, DUPLICATE, OTHER
}
