package org.papergraph.api.cli;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The server's {@code papergraph.*} settings as the command line sees them, without starting the
 * server: from a Java system property ({@code -Dpapergraph.store.location=...}) or else from the
 * environment, named as Spring Boot names it there ({@code PAPERGRAPH_STORE_LOCATION}: upper case,
 * dots as underscores, no dashes). A setting given neither way has the server's default.
 */
final class Settings {
  private final Properties system;
  private final Map<String, String> environment;

  Settings(Properties system, Map<String, String> environment) {
    this.system = system;
    this.environment = environment;
  }

  static Settings fromProcess() {
    return new Settings(System.getProperties(), System.getenv());
  }

  /** The setting's value, e.g. for {@code papergraph.store.text-index-location}. */
  Optional<String> get(String name) {
    String value = system.getProperty(name);
    if (value == null) {
      value = environment.get(environmentName(name));
    }
    if (value == null) {
      // Spring Boot also takes dashes written as underscores: PAPERGRAPH_STORE_TEXT_INDEX_LOCATION.
      value = environment.get(environmentName(name.replace('-', '_')));
    }
    return Optional.ofNullable(value).map(String::strip);
  }

  /** A switch, read as Spring Boot reads one: true, on, yes or 1; false, off, no or 0. */
  Optional<Boolean> flag(String name) {
    return get(name).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
      case "true", "on", "yes", "1" -> true;
      case "false", "off", "no", "0" -> false;
      default -> throw new UsageException(name + " is '" + v + "': use true or false");
    });
  }

  static String environmentName(String name) {
    return name.replace('.', '_').replace("-", "").toUpperCase(Locale.ROOT);
  }

  /** A setting or option the command cannot work with: told to the user, exit code 2. */
  static final class UsageException extends RuntimeException {
    UsageException(String message) {
      super(message);
    }
  }
}
