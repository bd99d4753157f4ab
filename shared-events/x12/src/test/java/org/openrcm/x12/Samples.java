package org.openrcm.x12;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The hand-written sample files under {@code src/test/resources/x12/samples}. */
public final class Samples {

  private Samples() {
  }

  public static byte[] bytes(String name) {
    try (InputStream in = Samples.class.getResourceAsStream("/x12/samples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no sample " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Path path(String name) {
    try {
      return Paths.get(Samples.class.getResource("/x12/samples/" + name).toURI());
    } catch (Exception e) {
      throw new IllegalArgumentException("no sample " + name, e);
    }
  }
}
