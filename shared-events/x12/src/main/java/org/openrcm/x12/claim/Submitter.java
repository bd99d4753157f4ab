package org.openrcm.x12.claim;

/**
 * Loop 1000A: who submits the claims (the billing bureau or the tenant).
 *
 * @param name        NM103 organization name
 * @param id          NM109 submitter id (qualifier 46, assigned by the clearinghouse)
 * @param contactName PER02
 * @param phone       PER04 with qualifier TE (digits only), or {@code null} when only an email is given
 * @param email       PER with qualifier EM, or {@code null}
 */
public record Submitter(String name, String id, String contactName, String phone, String email) {
}
