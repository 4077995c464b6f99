package org.papergraph.api.web;

/** Parses a {@code limit} parameter: a whole number from 1 to a maximum. */
public final class Limits {
  private Limits() {}

  public static int parse(String value, int max) {
    int n;
    try {
      n = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new BadRequestException("limit: '" + value + "' is not a number");
    }
    if (n < 1 || n > max) {
      throw new BadRequestException("limit: " + n + " is outside 1.." + max);
    }
    return n;
  }
}
