package org.papergraph.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** What this software is, for provenance: its name and the version Maven built. */
public final class Software {
  public static final String NAME = "Papergraph";
  private static final String VERSION = load();

  private Software() {}

  public static String version() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = Software.class.getResourceAsStream("/org/papergraph/core/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
