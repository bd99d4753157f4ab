package org.openrcm.x12.ack;

import java.util.List;

/**
 * Loop 2000C/2100C/2200C of a 277CA: a billing provider, its own statuses and its claims.
 *
 * @param name     NM1*85 NM103
 * @param npi      NM109 (qualifier XX)
 * @param statuses 2200C STCs (provider level), may be empty
 * @param claims   loops 2000D
 */
public record ProviderStatus(String name, String npi, List<StatusInfo> statuses, List<ClaimStatus> claims) {

  public ProviderStatus {
    statuses = statuses == null ? List.of() : List.copyOf(statuses);
    claims = claims == null ? List.of() : List.copyOf(claims);
  }
}
