package org.openrcm.claims.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.openrcm.claims.acknowledgment.Acknowledgment;
import org.openrcm.plumbing.tenancy.TenantDirectory;

/** {@code POST /clearinghouse/acknowledgments}: the clearinghouse's answers on the claims of one submission. */
public record AcknowledgmentRequest(
        @NotBlank @Size(max = 64) String submissionId,
        @NotNull @Pattern(regexp = TenantDirectory.TENANT_ID_REGEX, message = "must be a tenant id") String tenantId,
        @NotEmpty @Size(max = 5000) List<@NotNull @Valid ClaimAcknowledgment> acknowledgments) {

    /** ACCEPTED or REJECTED, as the 277CA status category says. */
    public enum Status {
        ACCEPTED, REJECTED
    }

    public record ClaimAcknowledgment(
            @NotBlank @Size(max = 64) String claimId,
            @NotNull Status status,
            @NotNull @Pattern(regexp = "^[0-9A-Z]{1,4}$", message = "must be a 277CA status category or 999 code, e.g. A1") String statusCategory,
            @Pattern(regexp = "^[0-9A-Z]{1,12}$", message = "must be a claim status code, e.g. 20") String statusCode,
            @Size(max = 80) String payerClaimNumber,
            @Size(max = 400) String reason) {

        Acknowledgment toAcknowledgment() {
            return new Acknowledgment(claimId, status == Status.ACCEPTED, statusCategory, statusCode,
                    payerClaimNumber, reason);
        }
    }
}
