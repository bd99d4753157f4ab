package org.openrcm.x12.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * {@code deploy/rcm x12 inspect FILE...} and {@code deploy/rcm x12 bench [--seconds N]}: the X12 module for people
 * and scripts. Exit codes: 0 done, 1 a file could not be read at all, 2 usage.
 */
public final class X12Command {

  private X12Command() {
  }

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs a command; returns the exit code (for tests). */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      return usage(err);
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "inspect" -> {
        if (rest.length == 0) {
          return usage(err);
        }
        return new Inspector(out).inspect(rest);
      }
      case "bench" -> {
        int seconds = 5;
        if (rest.length == 2 && "--seconds".equals(rest[0])) {
          try {
            seconds = Integer.parseInt(rest[1]);
          } catch (NumberFormatException e) {
            return usage(err);
          }
        } else if (rest.length != 0) {
          return usage(err);
        }
        new Benchmark(out, seconds).run();
        return 0;
      }
      default -> {
        return usage(err);
      }
    }
  }

  private static int usage(PrintStream err) {
    err.println("usage: x12 inspect FILE...      transaction type, envelopes, summaries and every issue of each file");
    err.println("       x12 bench [--seconds N]  837P generation and 999/277CA/835 read throughput");
    return 2;
  }
}
