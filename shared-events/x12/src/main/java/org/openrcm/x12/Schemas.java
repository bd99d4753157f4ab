package org.openrcm.x12;

import io.xlate.edi.schema.EDISchemaException;
import io.xlate.edi.schema.Schema;
import io.xlate.edi.schema.SchemaFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Our StAEDI schemas ({@code src/main/resources/x12}), loaded once; StAEDI schemas are immutable. */
public final class Schemas {

  /** 837P 005010X222A1. */
  public static final String CLAIM_837P = "837P-005010X222A1.xml";
  /** 999 005010X231A1. */
  public static final String ACK_999 = "999-005010X231A1.xml";
  /** 277CA 005010X214. */
  public static final String CLAIM_ACK_277CA = "277CA-005010X214.xml";
  /** 835 005010X221A1. */
  public static final String REMITTANCE_835 = "835-005010X221A1.xml";

  // StAEDI logs unused schema types at INFO through java.util.logging; kept referenced so the level sticks.
  private static final Logger STAEDI_LOGGER = Logger.getLogger("io.xlate.edi");
  private static final Map<String, Schema> LOADED = new ConcurrentHashMap<>();
  private static volatile Schema control;

  static {
    STAEDI_LOGGER.setLevel(Level.WARNING);
  }

  private Schemas() {
  }

  /** One of our transaction schemas by file name (the constants above). */
  public static Schema transaction(String name) {
    return LOADED.computeIfAbsent(name, Schemas::load);
  }

  /** StAEDI's X12 00501 envelope schema (ISA/GS/ST trailers, control numbers and counts). */
  public static Schema control() {
    Schema schema = control;
    if (schema == null) {
      try {
        schema = SchemaFactory.newFactory().getControlSchema("X12", new String[] {"00501"});
      } catch (EDISchemaException e) {
        throw new IllegalStateException("StAEDI has no X12 00501 control schema", e);
      }
      control = schema;
    }
    return schema;
  }

  private static Schema load(String name) {
    try (InputStream in = Schemas.class.getResourceAsStream("/x12/" + name)) {
      if (in == null) {
        throw new IllegalStateException("schema not on the classpath: x12/" + name);
      }
      return SchemaFactory.newFactory().createSchema(in);
    } catch (EDISchemaException e) {
      throw new IllegalStateException("invalid schema x12/" + name + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
