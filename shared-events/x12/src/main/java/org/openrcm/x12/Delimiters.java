package org.openrcm.x12;

/**
 * The four X12 delimiters as declared by an ISA segment.
 *
 * @param segment    segment terminator (the character after ISA16)
 * @param element    data element separator (ISA position 4)
 * @param component  component element separator (ISA16)
 * @param repetition repetition separator (ISA11)
 */
public record Delimiters(char segment, char element, char component, char repetition) {

  /** The delimiters our writers use: {@code ~ * : ^}. */
  public static final Delimiters STANDARD = new Delimiters('~', '*', ':', '^');
}
