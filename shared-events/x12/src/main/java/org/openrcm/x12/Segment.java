package org.openrcm.x12;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * One segment as StAEDI tokenized it: its id, its position in the transaction set (ST = 1), the loop it is in and
 * its elements with their components. Typed readers map segments to the model; nothing here splits strings.
 */
public final class Segment {

  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static final String[] NONE = new String[0];

  private final String id;
  private final int position;
  private final String loopId;
  private final String[][] elements;

  Segment(String id, int position, String loopId, String[][] elements) {
    this.id = id;
    this.position = position;
    this.loopId = loopId;
    this.elements = elements;
  }

  public String id() {
    return id;
  }

  /** Position in the transaction set counted from ST = 1. */
  public int position() {
    return position;
  }

  /** The loop the segment is in (refined implementation id, e.g. {@code 2010BA}), {@code null} at the top level. */
  public String loopId() {
    return loopId;
  }

  public boolean is(String segmentId) {
    return id.equals(segmentId);
  }

  /** Number of elements present (trailing empty elements are not counted). */
  public int elementCount() {
    return elements.length;
  }

  /** Element {@code position} (1-based), or its first component when it is a composite; {@code null} when empty. */
  public String element(int position) {
    return component(position, 1);
  }

  /** Component {@code component} (1-based) of element {@code position}; {@code null} when empty or absent. */
  public String component(int position, int component) {
    if (position < 1 || position > elements.length) {
      return null;
    }
    String[] components = elements[position - 1];
    if (component < 1 || component > components.length) {
      return null;
    }
    String value = components[component - 1];
    return value == null || value.isEmpty() ? null : value;
  }

  /** All components of element {@code position} (one for a simple element), empty when absent. */
  public String[] components(int position) {
    if (position < 1 || position > elements.length || elements[position - 1] == null) {
      return NONE;
    }
    return elements[position - 1].clone();
  }

  /** True when element {@code position} has a value. */
  public boolean has(int position) {
    return element(position) != null;
  }

  /** Element {@code position} as a decimal exactly as written, {@code null} when empty or not a number. */
  public BigDecimal decimal(int position) {
    return decimal(position, 1);
  }

  /** Component as a decimal exactly as written, {@code null} when empty or not a number. */
  public BigDecimal decimal(int position, int component) {
    String value = component(position, component);
    if (value == null) {
      return null;
    }
    try {
      return new BigDecimal(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Element {@code position} as a CCYYMMDD date, {@code null} when empty or not a date. */
  public LocalDate date(int position) {
    return parseDate(element(position));
  }

  /** A CCYYMMDD date, {@code null} when empty or not a date. */
  public static LocalDate parseDate(String value) {
    if (value == null || value.length() != 8) {
      return null;
    }
    try {
      return LocalDate.parse(value, CCYYMMDD);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Element {@code position} as an integer, {@code null} when empty or not an integer. */
  public Integer integer(int position) {
    String value = element(position);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(id);
    for (String[] components : elements) {
      text.append('|').append(components == null ? "" : String.join(":", Arrays.asList(components)));
    }
    return position + " " + text;
  }
}
