package org.openrcm.x12;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamConstants;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Reads X12 with StAEDI against a {@link TransactionMapper}'s schema: envelopes, control numbers and counts (StAEDI's
 * control schema), the transaction's structure and elements (our schema), every violation turned into an
 * {@link X12Issue} with its location and 999 code; then lets the mapper build the model from the segments. Lenient:
 * any delimiters, line breaks or not, several interchanges, groups and sets; count and control number mismatches and
 * an unexpected GS08/ST03 are deviations. Never throws for bad content.
 */
public final class X12Parser {

  private static final EDIInputFactory INPUT = inputFactory();
  private static final String NOT_X12 = "not an X12 file: ";

  private X12Parser() {
  }

  private static EDIInputFactory inputFactory() {
    Schemas.control();
    // Envelope problems StAEDI reports (e.g. an unknown ISA qualifier) are recorded as deviations below.
    return EDIInputFactory.newFactory();
  }

  /** Reads {@code content} (the whole file). */
  public static <T> X12ReadResult<T> read(byte[] content, TransactionMapper<T> mapper) {
    if (content.length == 0) {
      return X12ReadResult.unreadable("the file is empty: no X12 interchange");
    }
    return new Run<>(mapper).read(content);
  }

  /** Reads {@code content} to its end; the caller closes it. */
  public static <T> X12ReadResult<T> read(InputStream content, TransactionMapper<T> mapper) {
    try {
      return read(content.readAllBytes(), mapper);
    } catch (IOException e) {
      return X12ReadResult.unreadable("the file could not be read: " + e.getMessage());
    }
  }

  private static final class Run<T> {
    private final TransactionMapper<T> mapper;
    private final List<X12Issue> fileIssues = new ArrayList<>();
    private final List<X12ReadResult.Interchange<T>> interchanges = new ArrayList<>();

    private InterchangeEnvelope isa;
    private List<X12ReadResult.FunctionalGroup<T>> groups;
    private List<X12Issue> interchangeIssues;
    private GroupEnvelope gs;
    private List<X12ReadResult.TransactionSet<T>> sets;
    private List<X12Issue> groupIssues;
    private SetState set;

    private String segmentId;
    private final List<String[]> elements = new ArrayList<>();
    private final Deque<LoopFrame> loops = new ArrayDeque<>();

    Run(TransactionMapper<T> mapper) {
      this.mapper = mapper;
    }

    X12ReadResult<T> read(byte[] content) {
      int offset = 0;
      while (offset >= 0) {
        int failedAt = parse(content, offset);
        // StAEDI cannot go on after malformed data: the next interchange, if any, is read on its own.
        offset = failedAt < 0 ? -1 : nextInterchange(content, failedAt + 1);
      }
      if (interchanges.isEmpty() && fileIssues.isEmpty()) {
        fileIssues.add(fileError("no X12 interchange found (the file does not start with an ISA segment)"));
      }
      if (!interchanges.isEmpty()) {
        // Text before the first ISA was skipped, the file itself is X12.
        fileIssues.replaceAll(issue -> issue.message().startsWith(NOT_X12)
            ? new X12Issue(X12Issue.Severity.DEVIATION, null, 0, null, null, 0, 0, "X12",
                "content before an interchange was skipped: " + issue.message().substring(NOT_X12.length()))
            : issue);
      }
      return new X12ReadResult<>(interchanges, fileIssues);
    }

    /** Parses from {@code offset}; returns -1 when the end was reached, else the offset where reading failed. */
    private int parse(byte[] content, int offset) {
      EDIStreamReader reader = INPUT.createEDIStreamReader(
          new ByteArrayInputStream(content, offset, content.length - offset));
      try {
        while (reader.hasNext()) {
          handle(reader, reader.next());
        }
        return -1;
      } catch (EDIStreamException | RuntimeException e) {
        unreadable(e);
        Location location = e instanceof EDIStreamException se ? se.getLocation() : null;
        return offset + (location == null ? 0 : Math.max(location.getCharacterOffset(), 0));
      } finally {
        try {
          reader.close();
        } catch (IOException e) {
          // a byte array stream does not fail to close
        }
      }
    }


    private void unreadable(Exception e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (isa == null && interchanges.isEmpty()) {
        fileIssues.add(fileError(NOT_X12 + reason));
        return;
      }
      reason = "malformed data: " + reason;
      if (set != null) {
        set.sink.add(X12Issue.error(set.controlNumber, set.count + 1, segmentId, loopId(), 0, 0, "2",
            "the transaction set could not be read to its SE: " + reason));
        closeSet(false);
      }
      if (isa != null) {
        if (gs != null) {
          groupIssues.add(envelopeError("GS", "the functional group has no GE: " + reason));
          closeGroup();
        }
        interchangeIssues.add(envelopeError("ISA", "the interchange could not be read to its IEA: " + reason));
        closeInterchange();
      } else {
        fileIssues.add(fileError("unreadable content after the last interchange: " + reason));
      }
    }

    private void handle(EDIStreamReader reader, EDIStreamEvent event) throws EDIStreamException {
      switch (event) {
        case START_TRANSACTION -> {
          if (mapper.transactionSetId().equals(transactionType(reader))) {
            reader.setTransactionSchema(mapper.schema());
          }
        }
        case START_SEGMENT -> {
          segmentId = reader.getLocation().getSegmentTag();
          elements.clear();
        }
        case ELEMENT_DATA -> element(reader);
        case END_SEGMENT -> endSegment(reader);
        case START_LOOP -> loops.push(new LoopFrame(reader.getReferenceCode()));
        case END_LOOP -> {
          if (!loops.isEmpty()) {
            loops.pop();
          }
        }
        case SEGMENT_ERROR, ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> error(reader, event);
        default -> {
          // structure events: the envelope is built from the segments themselves
        }
      }
    }

    /** ST01, or the mapper's when StAEDI cannot tell yet (then a foreign set is recognised at its SE). */
    private String transactionType(EDIStreamReader reader) {
      try {
        return reader.getTransactionType();
      } catch (IllegalStateException e) {
        return mapper.transactionSetId();
      }
    }

    private void element(EDIStreamReader reader) {
      Location location = reader.getLocation();
      if (location.getElementOccurrence() > 1) {
        return; // a repetition: none of the elements we use repeat
      }
      int position = location.getElementPosition();
      int component = Math.max(location.getComponentPosition(), 0);
      while (elements.size() < position) {
        elements.add(null);
      }
      String text = reader.getText();
      if (component == 0) {
        elements.set(position - 1, new String[] {text});
      } else {
        String[] components = elements.get(position - 1);
        if (components == null || components.length < component) {
          String[] grown = new String[component];
          if (components != null) {
            System.arraycopy(components, 0, grown, 0, components.length);
          }
          components = grown;
        }
        components[component - 1] = text;
        elements.set(position - 1, components);
      }
    }

    private void endSegment(EDIStreamReader reader) {
      int last = elements.size();
      while (last > 0 && empty(elements.get(last - 1))) {
        last--;
      }
      String[][] values = new String[last][];
      for (int i = 0; i < last; i++) {
        String[] components = elements.get(i);
        values[i] = components == null ? new String[] {""} : components;
      }
      switch (segmentId) {
        case "ISA" -> startInterchange(reader, values);
        case "GS" -> startGroup(values);
        case "ST" -> startSet(reader, values);
        case "SE" -> endSet();
        case "GE" -> endGroup();
        case "IEA" -> closeInterchange();
        default -> bodySegment(values);
      }
    }

    private void bodySegment(String[][] values) {
      if (set == null) {
        X12Issue issue = X12Issue.error(null, 0, segmentId, null, 0, 0, "2",
            "segment " + segmentId + " outside a transaction set (ignored)");
        (groupIssues != null ? groupIssues : interchangeIssues != null ? interchangeIssues : fileIssues).add(issue);
        return;
      }
      set.count++;
      LoopFrame frame = loops.peek();
      Segment raw = new Segment(segmentId, set.count, frame == null ? null : frame.code, values);
      String loopId = null;
      if (frame != null) {
        if (frame.name == null) {
          LoopFrame parent = loops.size() > 1 ? parentOf(frame) : null;
          frame.name = mapper.loopId(frame.code, raw, parent == null ? null : parent.name);
        }
        loopId = frame.name;
      }
      set.segments.add(loopId == null || loopId.equals(raw.loopId()) ? raw
          : new Segment(segmentId, set.count, loopId, values));
      set.digest(segmentId, values);
    }

    private void startInterchange(EDIStreamReader reader, String[][] values) {
      if (isa != null) {
        interchangeIssues.add(envelopeError("IEA", "interchange " + isa.controlNumber() + " has no IEA"));
        closeInterchange();
      }
      Map<String, Character> delimiters = reader.getDelimiters();
      Segment seg = new Segment("ISA", 0, null, values);
      interchangeIssues = new ArrayList<>();
      groups = new ArrayList<>();
      String usage = seg.element(15);
      UsageIndicator indicator = "P".equals(usage) ? UsageIndicator.P : "T".equals(usage) ? UsageIndicator.T : null;
      if (indicator == null) {
        interchangeIssues.add(X12Issue.deviation(null, 0, "ISA", null, 15, 0, "7",
            "ISA15 usage indicator is '" + usage + "', expected T or P"));
      }
      isa = new InterchangeEnvelope(seg.element(5), trim(seg.element(6)), seg.element(7), trim(seg.element(8)),
          isaDate(seg.element(9)), time(seg.element(10)), seg.element(13), indicator,
          new Delimiters(delimiters.getOrDefault(EDIStreamConstants.Delimiters.SEGMENT, '~'),
              delimiters.getOrDefault(EDIStreamConstants.Delimiters.DATA_ELEMENT, '*'),
              delimiters.getOrDefault(EDIStreamConstants.Delimiters.COMPONENT_ELEMENT, ':'),
              delimiters.getOrDefault(EDIStreamConstants.Delimiters.REPETITION, '^')));
      if (!"00501".equals(seg.element(12))) {
        interchangeIssues.add(X12Issue.deviation(null, 0, "ISA", null, 12, 0, "2",
            "ISA12 version is '" + seg.element(12) + "', expected 00501"));
      }
    }

    private void startGroup(String[][] values) {
      if (isa == null) {
        fileIssues.add(fileError("GS outside an interchange"));
        return;
      }
      Segment seg = new Segment("GS", 0, null, values);
      groupIssues = new ArrayList<>();
      sets = new ArrayList<>();
      gs = new GroupEnvelope(seg.element(1), seg.element(2), seg.element(3), Segment.parseDate(seg.element(4)),
          time(seg.element(5)), seg.element(6), seg.element(8));
      if (!mapper.implementationVersion().equals(gs.version())) {
        groupIssues.add(X12Issue.deviation(null, 0, "GS", null, 8, 0, "2",
            "GS08 is '" + gs.version() + "', expected " + mapper.implementationVersion() + " (read as "
                + mapper.implementationVersion() + ")"));
      }
    }

    private void startSet(EDIStreamReader reader, String[][] values) {
      Segment seg = new Segment("ST", 1, null, values);
      set = new SetState(seg.element(1), seg.element(2), seg.element(3),
          reader.getLocation().getSegmentPosition());
      loops.clear();
    }

    private void endSet() {
      if (set == null) {
        return;
      }
      set.count++;
      closeSet(true);
    }

    private void closeSet(boolean complete) {
      SetState state = set;
      set = null;
      T content = null;
      if (!mapper.transactionSetId().equals(state.id)) {
        state.sink.clear(); // judged against a schema that is not its own
        state.sink.add(X12Issue.error(state.controlNumber, 1, "ST", null, 1, 0, "1",
            "transaction set " + state.id + " is not a " + mapper.transactionSetId() + " (not read)"));
      } else {
        if (state.implementation != null && !mapper.implementationVersion().equals(state.implementation)) {
          state.sink.add(X12Issue.deviation(state.controlNumber, 1, "ST", null, 3, 0, "I6",
              "ST03 is '" + state.implementation + "', expected " + mapper.implementationVersion()));
        }
        if (complete) {
          try {
            content = mapper.map(state.segments, state.sink);
          } catch (RuntimeException e) {
            state.sink.add(X12Issue.error(state.controlNumber, 0, null, null, 0, 0, "5",
                "the transaction set could not be mapped: " + e));
          }
        }
      }
      List<X12Issue> placed = new ArrayList<>(state.sink.issues().size());
      for (X12Issue issue : collapseUnexpected(state.sink.issues())) {
        placed.add(issue.loopId() == null ? withLoop(issue, state.segments) : issue);
      }
      X12ReadResult.TransactionSet<T> done = new X12ReadResult.TransactionSet<>(state.id, state.controlNumber,
          state.implementation, state.count, content, placed, state.fingerprint());
      if (sets != null) {
        sets.add(done);
      } else {
        fileIssues.add(fileError("transaction set " + state.controlNumber + " outside a functional group"));
      }
    }

    /**
     * One deviation for a run of unexpected segments (e.g. an 835 without LX makes every claim segment unexpected):
     * the mapper reads them anyway, so one line says it better than one per segment.
     */
    private List<X12Issue> collapseUnexpected(List<X12Issue> issues) {
      List<X12Issue> collapsed = new ArrayList<>(issues.size());
      X12Issue first = null;
      X12Issue last = null;
      int more = 0;
      for (X12Issue issue : issues) {
        boolean unexpected = issue.severity() == X12Issue.Severity.DEVIATION && "2".equals(issue.code())
            && issue.elementPosition() == 0 && issue.segmentPosition() > 0;
        if (unexpected && first != null) {
          more++;
          last = issue;
          continue;
        }
        if (first != null) {
          collapsed.add(summarize(first, last, more));
          first = null;
        }
        if (unexpected) {
          first = issue;
          last = issue;
          more = 0;
        } else {
          collapsed.add(issue);
        }
      }
      if (first != null) {
        collapsed.add(summarize(first, last, more));
      }
      return collapsed;
    }

    private static X12Issue summarize(X12Issue first, X12Issue last, int more) {
      if (more == 0) {
        return first;
      }
      return new X12Issue(first.severity(), first.transactionSetControlNumber(), first.segmentPosition(),
          first.segmentId(), first.loopId(), 0, 0, first.code(), first.message() + " (and " + more
              + " more unexpected segment(s) up to segment " + last.segmentPosition() + ", read anyway)");
    }

    private X12Issue withLoop(X12Issue issue, List<Segment> segments) {
      int index = issue.segmentPosition() - 2;
      if (index < 0 || index >= segments.size()) {
        return issue;
      }
      return new X12Issue(issue.severity(), issue.transactionSetControlNumber(), issue.segmentPosition(),
          issue.segmentId(), segments.get(index).loopId(), issue.elementPosition(), issue.componentPosition(),
          issue.code(), issue.message());
    }

    private void endGroup() {
      if (gs != null) {
        closeGroup();
      }
    }

    private void closeGroup() {
      if (set != null) {
        set.sink.add(X12Issue.error(set.controlNumber, set.count + 1, "SE", null, 0, 0, "2",
            "transaction set " + set.controlNumber + " has no SE"));
        closeSet(false);
      }
      if (groups != null) {
        groups.add(new X12ReadResult.FunctionalGroup<>(gs, sets, groupIssues));
      }
      gs = null;
      sets = null;
      groupIssues = null;
    }

    private void closeInterchange() {
      if (isa == null) {
        return;
      }
      if (gs != null) {
        groupIssues.add(envelopeError("GE", "functional group " + gs.controlNumber() + " has no GE"));
        closeGroup();
      }
      interchanges.add(new X12ReadResult.Interchange<>(isa, groups, interchangeIssues));
      isa = null;
      groups = null;
      interchangeIssues = null;
    }

    private void error(EDIStreamReader reader, EDIStreamEvent event) {
      EDIStreamValidationError type = reader.getErrorType();
      Location location = reader.getLocation();
      String tag = event == EDIStreamEvent.SEGMENT_ERROR ? firstNonNull(reader.getReferenceCode(),
          location.getSegmentTag()) : location.getSegmentTag();
      int element = Math.max(location.getElementPosition(), 0);
      int component = Math.max(location.getComponentPosition(), 0);
      String text = reader.hasText() ? reader.getText() : null;
      if (type == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT
          || type == EDIStreamValidationError.CONTROL_REFERENCE_MISMATCH) {
        controlError(tag, element, type, text);
        return;
      }
      if (set == null || "ST".equals(tag) || "SE".equals(tag)) {
        X12Issue issue = X12Issue.deviation(set == null ? null : set.controlNumber, 0, tag, null, element, component,
            code(type), describe(type, tag, element, component, text));
        if (set != null) {
          set.sink.add(issue);
        } else {
          (groupIssues != null ? groupIssues : interchangeIssues != null ? interchangeIssues : fileIssues).add(issue);
        }
        return;
      }
      int position = location.getSegmentPosition() - set.startPosition + 1;
      X12Issue.Severity severity = mapper.strict() ? X12Issue.Severity.ERROR : X12Issue.Severity.DEVIATION;
      set.sink.add(new X12Issue(severity, set.controlNumber, position, tag, null, element, component, code(type),
          describe(type, tag, element, component, text)));
    }

    private void controlError(String tag, int element, EDIStreamValidationError type, String value) {
      boolean count = type == EDIStreamValidationError.CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT;
      String what = count ? "count " + value + " does not match the actual count"
          : "control number " + value + " does not match the header's";
      switch (tag) {
        case "SE" -> {
          if (set != null) {
            set.sink.add(X12Issue.deviation(set.controlNumber, set.count + 1, "SE", null, element, 0,
                count ? "4" : "3", "SE" + pad(element) + " " + what + " (read anyway)"));
          }
        }
        case "GE" -> {
          if (groupIssues != null) {
            groupIssues.add(X12Issue.deviation(null, 0, "GE", null, element, 0, count ? "5" : "4",
                "GE" + pad(element) + " " + what + " (read anyway)"));
          }
        }
        default -> {
          if (interchangeIssues != null) {
            interchangeIssues.add(X12Issue.deviation(null, 0, tag, null, element, 0, count ? "021" : "001",
                tag + pad(element) + " " + what + " (read anyway)"));
          }
        }
      }
    }

    private LoopFrame parentOf(LoopFrame frame) {
      var frames = loops.iterator();
      frames.next();
      return frames.hasNext() ? frames.next() : null;
    }

    private String loopId() {
      LoopFrame frame = loops.peek();
      return frame == null ? null : frame.name != null ? frame.name : frame.code;
    }

    private X12Issue envelopeError(String segment, String message) {
      return X12Issue.error(null, 0, segment, null, 0, 0, "2", message);
    }

    private static X12Issue fileError(String message) {
      return new X12Issue(X12Issue.Severity.ERROR, null, 0, null, null, 0, 0, "X12", message);
    }
  }

  /** Where the next ISA starts at or after {@code from}, -1 when there is none (to resume after malformed data). */
  static int nextInterchange(byte[] content, int from) {
    for (int i = Math.max(from, 0); i + 3 < content.length; i++) {
      if (content[i] == 'I' && content[i + 1] == 'S' && content[i + 2] == 'A'
          && !Character.isLetterOrDigit(content[i + 3]) && (i == 0 || !Character.isLetterOrDigit(content[i - 1]))) {
        return i;
      }
    }
    return -1;
  }

  private static final class SetState {
    final String id;
    final String controlNumber;
    final String implementation;
    final int startPosition;
    final List<Segment> segments = new ArrayList<>();
    final IssueSink sink;
    int count = 1;

    private final MessageDigest digest;

    SetState(String id, String controlNumber, String implementation, int startPosition) {
      this.id = id;
      this.controlNumber = controlNumber;
      this.implementation = implementation;
      this.startPosition = startPosition;
      this.sink = new IssueSink(controlNumber);
      try {
        this.digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JDK has SHA-256", e);
      }
    }

    /** Feeds a body segment in a delimiter-independent form (the standard delimiters). */
    void digest(String segmentId, String[][] values) {
      StringBuilder text = new StringBuilder(64).append(segmentId);
      for (String[] components : values) {
        text.append('*');
        for (int c = 0; c < components.length; c++) {
          if (c > 0) {
            text.append(':');
          }
          if (components[c] != null) {
            text.append(components[c]);
          }
        }
      }
      digest.update(text.append('~').toString().getBytes(StandardCharsets.UTF_8));
    }

    String fingerprint() {
      return HexFormat.of().formatHex(digest.digest());
    }
  }

  private static final class LoopFrame {
    final String code;
    String name;

    LoopFrame(String code) {
      this.code = code;
    }
  }

  /** The 999 code for a StAEDI validation error: IK304 for segment errors, IK403 for element errors. */
  static String code(EDIStreamValidationError error) {
    return switch (error) {
      case UNRECOGNIZED_SEGMENT_ID -> "1";
      case UNEXPECTED_SEGMENT -> "2";
      case MANDATORY_SEGMENT_MISSING, CONDITIONAL_REQUIRED_SEGMENT_MISSING -> "3";
      case LOOP_OCCURS_OVER_MAXIMUM_TIMES -> "4";
      case SEGMENT_EXCEEDS_MAXIMUM_USE -> "5";
      case SEGMENT_NOT_IN_DEFINED_TRANSACTION_SET -> "6";
      case SEGMENT_NOT_IN_PROPER_SEQUENCE -> "7";
      case SEGMENT_HAS_DATA_ELEMENT_ERRORS -> "8";
      case IMPLEMENTATION_UNUSED_SEGMENT_PRESENT -> "I4";
      case IMPLEMENTATION_DEPENDENT_SEGMENT_MISSING -> "I6";
      case IMPLEMENTATION_LOOP_OCCURS_UNDER_MINIMUM_TIMES -> "I7";
      case IMPLEMENTATION_SEGMENT_BELOW_MINIMUM_USE -> "I8";
      case IMPLEMENTATION_DEPENDENT_UNUSED_SEGMENT_PRESENT, SEGMENT_EXCLUSION_CONDITION_VIOLATED -> "I9";
      case REQUIRED_DATA_ELEMENT_MISSING -> "1";
      case CONDITIONAL_REQUIRED_DATA_ELEMENT_MISSING -> "2";
      case TOO_MANY_DATA_ELEMENTS -> "3";
      case DATA_ELEMENT_TOO_SHORT -> "4";
      case DATA_ELEMENT_TOO_LONG -> "5";
      case INVALID_CHARACTER_DATA -> "6";
      case INVALID_CODE_VALUE -> "7";
      case INVALID_DATE -> "8";
      case INVALID_TIME -> "9";
      case EXCLUSION_CONDITION_VIOLATED -> "10";
      case TOO_MANY_REPETITIONS -> "12";
      case TOO_MANY_COMPONENTS -> "13";
      case IMPLEMENTATION_UNUSED_DATA_ELEMENT_PRESENT -> "I10";
      case IMPLEMENTATION_TOO_FEW_REPETITIONS -> "I11";
      case IMPLEMENTATION_PATTERN_MATCH_FAILURE -> "I12";
      case IMPLEMENTATION_DEPENDENT_UNUSED_DATA_ELEMENT_PRESENT -> "I13";
      case IMPLEMENTATION_INVALID_CODE_VALUE -> "I6";
      case IMPLEMENTATION_DEPENDENT_DATA_ELEMENT_MISSING -> "I9";
      case CONTROL_REFERENCE_MISMATCH -> "3";
      case CONTROL_COUNT_DOES_NOT_MATCH_ACTUAL_COUNT -> "4";
      case NONE -> "0";
    };
  }

  private static String describe(EDIStreamValidationError error, String tag, int element, int component,
      String value) {
    String where = element > 0 ? tag + pad(element) + (component > 0 ? "-" + component : "") : tag;
    String what = error.name().toLowerCase().replace('_', ' ');
    // Only code values are echoed: other values (names, dates) may be PHI.
    boolean code = error == EDIStreamValidationError.INVALID_CODE_VALUE
        || error == EDIStreamValidationError.IMPLEMENTATION_INVALID_CODE_VALUE;
    return where + ": " + what + (code && value != null ? " '" + value + "'" : "");
  }

  private static String pad(int element) {
    return element < 10 ? "0" + element : Integer.toString(element);
  }

  private static boolean empty(String[] components) {
    if (components == null) {
      return true;
    }
    for (String component : components) {
      if (component != null && !component.isEmpty()) {
        return false;
      }
    }
    return true;
  }

  private static String trim(String value) {
    return value == null ? null : value.trim();
  }

  private static String firstNonNull(String a, String b) {
    return a != null ? a : b;
  }

  private static LocalDate isaDate(String yymmdd) {
    return yymmdd == null || yymmdd.length() != 6 ? null : Segment.parseDate("20" + yymmdd);
  }

  private static LocalTime time(String hhmm) {
    if (hhmm == null || hhmm.length() < 4) {
      return null;
    }
    try {
      return LocalTime.of(Integer.parseInt(hhmm.substring(0, 2)), Integer.parseInt(hhmm.substring(2, 4)));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
