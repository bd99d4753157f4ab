package org.openrcm.payments.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The person acting through the API, for the audit of releases, matches, refunds and denial work. For now the
 * {@value #HEADER} header ({@code unknown} without it); the security work replaces it with the token's subject.
 */
@RequestScoped
public class CurrentUser {

    public static final String HEADER = "X-User-Id";

    private final HttpHeaders headers;

    CurrentUser(HttpHeaders headers) {
        this.headers = headers;
    }

    public String id() {
        String user = headers.getHeaderString(HEADER);
        return user == null || user.isBlank() ? "unknown" : user.strip();
    }
}
