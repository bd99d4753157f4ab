package org.openrcm.plumbing.tenancy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * The tenant a REST request acts for. For now it is the {@value #HEADER} header; the security work replaces this
 * with the tenant claims of the caller's token, behind the same bean.
 */
@RequestScoped
public class CurrentTenant {

    public static final String HEADER = "X-Tenant-Id";

    private final HttpHeaders headers;
    private final TenantDirectory directory;

    CurrentTenant(HttpHeaders headers, TenantDirectory directory) {
        this.headers = headers;
        this.directory = directory;
    }

    /**
     * @return the id of an active tenant this service serves
     * @throws TenantException when the header is missing, malformed or names an unknown tenant
     */
    public String id() {
        String tenantId = headers.getHeaderString(HEADER);
        if (tenantId == null || tenantId.isBlank()) {
            throw new TenantException(TenantException.Reason.MISSING, "Header " + HEADER + " is required");
        }
        if (!TenantDirectory.TENANT_ID.matcher(tenantId).matches()) {
            throw new TenantException(TenantException.Reason.MALFORMED,
                    "Header " + HEADER + " must match " + TenantDirectory.TENANT_ID.pattern());
        }
        if (!directory.isActive(tenantId)) {
            throw new TenantException(TenantException.Reason.UNKNOWN, "Tenant " + tenantId + " is not served here");
        }
        return tenantId;
    }
}
