package org.openrcm.x12;

import io.xlate.edi.stream.EDIOutputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamWriter;
import io.xlate.edi.stream.EDIValidationException;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Writes one interchange with one functional group through StAEDI's {@link EDIStreamWriter}: ISA/GS with control
 * numbers from {@link ControlNumbers}, ST..SE with SE01 counted, GE/IEA with their counts. Typed writers add segments
 * with {@link #segment}; values are formatted here (amounts as written, dates CCYYMMDD) and checked not to contain
 * a delimiter. Not thread-safe: one per file.
 */
public final class X12Writer {

  private static final Delimiters DELIMITERS = Delimiters.STANDARD;
  private static final EDIOutputFactory OUTPUT = outputFactory();
  private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
  private static final DateTimeFormatter CCYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
  private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HHmm");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
  private final EDIStreamWriter writer;
  private final InterchangeEnvelope interchange;
  private final GroupEnvelope group;
  private final List<String> setControlNumbers = new ArrayList<>();
  private final List<X12Issue> issues = new ArrayList<>();
  private String openSet;
  private int segmentCount;

  private static EDIOutputFactory outputFactory() {
    EDIOutputFactory factory = EDIOutputFactory.newFactory();
    factory.setProperty(EDIOutputFactory.PRETTY_PRINT, true);
    factory.setProperty(EDIStreamConstants.Delimiters.SEGMENT, DELIMITERS.segment());
    factory.setProperty(EDIStreamConstants.Delimiters.DATA_ELEMENT, DELIMITERS.element());
    factory.setProperty(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, DELIMITERS.component());
    factory.setProperty(EDIStreamConstants.Delimiters.REPETITION, DELIMITERS.repetition());
    return factory;
  }

  /**
   * Starts an interchange and its functional group.
   *
   * @param functionalIdCode GS01 ({@code HC}, {@code FA}, {@code HN}, {@code HP})
   * @param version          GS08 and ST03
   */
  public X12Writer(OutboundEnvelope envelope, ControlNumbers controlNumbers, Clock clock, String functionalIdCode,
      String version) {
    checkId("ISA06", envelope.senderId());
    checkId("ISA08", envelope.receiverId());
    LocalDateTime now = LocalDateTime.now(clock).withSecond(0).withNano(0);
    String isa13 = String.format("%09d", controlNumbers.nextInterchange(envelope.senderId(), envelope.receiverId()));
    String gs06 = Long.toString(controlNumbers.nextGroup(envelope.applicationSenderCode(),
        envelope.applicationReceiverCode()));
    interchange = new InterchangeEnvelope(envelope.senderQualifier(), envelope.senderId(),
        envelope.receiverQualifier(), envelope.receiverId(), now.toLocalDate(), now.toLocalTime(), isa13,
        envelope.usage(), DELIMITERS);
    group = new GroupEnvelope(functionalIdCode, envelope.applicationSenderCode(), envelope.applicationReceiverCode(),
        now.toLocalDate(), now.toLocalTime(), gs06, version);
    writer = OUTPUT.createEDIStreamWriter(out);
    writer.setControlSchema(Schemas.control());
    try {
      writer.startInterchange();
      raw("ISA", "00", "          ", "00", "          ", envelope.senderQualifier(), pad15(envelope.senderId()),
          envelope.receiverQualifier(), pad15(envelope.receiverId()), YYMMDD.format(now), HHMM.format(now),
          String.valueOf(DELIMITERS.repetition()), "00501", isa13, "0", envelope.usage().name(),
          String.valueOf(DELIMITERS.component()));
      raw("GS", functionalIdCode, envelope.applicationSenderCode(), envelope.applicationReceiverCode(),
          CCYYMMDD.format(now), HHMM.format(now), gs06, "X", version);
    } catch (EDIStreamException e) {
      throw new IllegalStateException("StAEDI refused the envelope", e);
    } catch (EDIValidationException e) {
      throw new X12ValidationException("the envelope breaks the X12 envelope rules", List.of(envelopeIssue(e)));
    }
  }

  /** Starts a transaction set (ST02 0001, 0002, ... within the interchange); returns its control number. */
  public String startSet(String transactionSetId) {
    if (openSet != null) {
      throw new IllegalStateException("transaction set " + openSet + " is still open");
    }
    openSet = String.format("%04d", setControlNumbers.size() + 1);
    setControlNumbers.add(openSet);
    segmentCount = 0;
    segment("ST", transactionSetId, openSet, group.version());
    return openSet;
  }

  /**
   * Writes a segment. Elements: {@code null} (empty), a {@link String}, a {@link BigDecimal} (as written), an
   * {@link Integer}, a {@link LocalDate} (CCYYMMDD), or a {@code String[]} composite (null components empty); trailing
   * empty elements and components are left out.
   */
  public X12Writer segment(String id, Object... elements) {
    if (openSet == null) {
      throw new IllegalStateException("segment " + id + " outside a transaction set");
    }
    segmentCount++;
    try {
      writer.writeStartSegment(id);
      int last = elements.length;
      while (last > 0 && isEmpty(elements[last - 1])) {
        last--;
      }
      for (int i = 0; i < last; i++) {
        Object value = elements[i];
        if (value instanceof String[] composite) {
          writeComposite(id, i + 1, composite);
        } else if (isEmpty(value)) {
          writer.writeEmptyElement();
        } else {
          writer.writeElement(text(id, i + 1, 0, value));
        }
      }
      writer.writeEndSegment();
    } catch (EDIStreamException e) {
      throw new IllegalStateException("StAEDI refused segment " + id, e);
    }
    return this;
  }

  /** Ends the open transaction set with its SE. */
  public void endSet() {
    String controlNumber = openSet;
    segment("SE", Integer.toString(segmentCount + 1), controlNumber);
    openSet = null;
  }

  /**
   * Ends the group and the interchange and returns the file (not yet validated by the typed reader).
   *
   * @throws X12ValidationException when a value contained a delimiter
   */
  public WrittenInterchange finish() {
    if (openSet != null) {
      throw new IllegalStateException("transaction set " + openSet + " is still open");
    }
    try {
      raw("GE", Integer.toString(setControlNumbers.size()), group.controlNumber());
      raw("IEA", "1", interchange.controlNumber());
      writer.endInterchange();
      writer.close();
    } catch (EDIStreamException e) {
      throw new IllegalStateException("StAEDI refused the trailers", e);
    }
    if (!issues.isEmpty()) {
      throw new X12ValidationException("values contain X12 delimiters", issues);
    }
    return new WrittenInterchange(out.toByteArray(), interchange, group, setControlNumbers);
  }

  /**
   * Writes each item as one transaction set of the group, finishes the interchange and reads it back with
   * {@code validation}: nothing leaves that our own reader would not pass.
   *
   * @param what names the transaction in the exception, e.g. {@code 835}
   * @throws X12ValidationException when the file breaks the guide
   */
  public <T> WrittenInterchange writeValidated(String transactionSetId, List<T> items,
      BiConsumer<X12Writer, T> body, Function<byte[], List<X12Issue>> validation, String what) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("nothing to write");
    }
    for (T item : items) {
      startSet(transactionSetId);
      body.accept(this, item);
      endSet();
    }
    WrittenInterchange written = finish();
    List<X12Issue> issues = validation.apply(written.content());
    if (!issues.isEmpty()) {
      throw new X12ValidationException("the written " + what + " does not pass our own validation", issues);
    }
    return written;
  }

  private static X12Issue envelopeIssue(EDIValidationException e) {
    var location = e.getLocation();
    return X12Issue.error(null, 0, location == null ? null : location.getSegmentTag(), null,
        location == null ? 0 : Math.max(location.getElementPosition(), 0), 0, "X12",
        "StAEDI rejected the value: " + e.getError().name().toLowerCase().replace('_', ' '));
  }

  private void raw(String id, String... elements) throws EDIStreamException {
    writer.writeStartSegment(id);
    for (String element : elements) {
      writer.writeElement(element);
    }
    writer.writeEndSegment();
  }

  private void writeComposite(String id, int position, String[] components) throws EDIStreamException {
    int last = components.length;
    while (last > 0 && isEmpty(components[last - 1])) {
      last--;
    }
    writer.writeStartElement();
    for (int c = 0; c < last; c++) {
      if (isEmpty(components[c])) {
        writer.writeEmptyComponent();
      } else {
        writer.writeComponent(text(id, position, c + 1, components[c]));
      }
    }
    writer.endElement();
  }

  private String text(String id, int position, int component, Object value) {
    String text;
    if (value instanceof BigDecimal amount) {
      text = amount.toPlainString();
    } else if (value instanceof LocalDate date) {
      text = CCYYMMDD.format(date);
    } else {
      text = value.toString();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == DELIMITERS.segment() || c == DELIMITERS.element() || c == DELIMITERS.component()
          || c == DELIMITERS.repetition() || c < ' ') {
        issues.add(X12Issue.error(openSet, segmentCount, id, null, position, component, "6",
            id + String.format("%02d", position) + " contains a delimiter or control character"));
        return text.replace(c, ' ');
      }
    }
    return text;
  }

  private static boolean isEmpty(Object value) {
    if (value == null) {
      return true;
    }
    if (value instanceof String text) {
      return text.isEmpty();
    }
    if (value instanceof String[] composite) {
      for (String component : composite) {
        if (component != null && !component.isEmpty()) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  private static void checkId(String element, String id) {
    if (id == null || id.isEmpty() || id.length() > 15) {
      throw new IllegalArgumentException(element + " must have 1 to 15 characters");
    }
  }

  private static String pad15(String id) {
    return String.format("%-15s", id);
  }
}
