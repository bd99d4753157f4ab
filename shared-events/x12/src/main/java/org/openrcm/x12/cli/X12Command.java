package org.openrcm.x12.cli;

/**
 * {@code deploy/rcm x12 inspect FILE...} and {@code deploy/rcm x12 bench}: the X12 module for people and scripts.
 */
public final class X12Command {

  private X12Command() {
  }

  public static void main(String[] args) {
    System.err.println("usage: x12 inspect FILE... | x12 bench");
    System.exit(2);
  }
}
