package org.openrcm.x12.remit;

import java.util.List;

/**
 * An SVC01/SVC06 composite.
 *
 * @param qualifier   product/service id qualifier ({@code HC} CPT/HCPCS, {@code NU} revenue code, ...)
 * @param code        the procedure code
 * @param modifiers   up to 4 modifiers
 * @param description component 7, optional
 */
public record ProcedureCode(String qualifier, String code, List<String> modifiers, String description) {

  public ProcedureCode {
    modifiers = modifiers == null ? List.of() : List.copyOf(modifiers);
  }
}
