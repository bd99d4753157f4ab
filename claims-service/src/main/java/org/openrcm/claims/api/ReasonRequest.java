package org.openrcm.claims.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /claims/{claimId}/void} and {@code /replace}: why, and for a replacement the corrections. */
public record ReasonRequest(@NotBlank @Size(max = 400) String reason, @Valid ClaimCorrectionRequest corrections) {
}
