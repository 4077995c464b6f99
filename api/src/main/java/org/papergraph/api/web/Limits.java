package org.papergraph.api.web;

/** Parses a page-size parameter ({@code limit}, {@code perPage}): a whole number from 1 to a maximum. */
public final class Limits {
  private Limits() {}

  public static int parse(String value, int max) {
    return parse("limit", value, max);
  }

  /** The same for a parameter called {@code name}. */
  public static int parse(String name, String value, int max) {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new BadRequestException(name + ": '" + value + "' is not a number");
    }
    if (n < 1 || n > max) {
      throw new BadRequestException(name + ": " + n + " is outside 1.." + max);
    }
    return n;
  }
}
