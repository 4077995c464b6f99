package org.papergraph.api.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The server's {@code papergraph.*} settings as the command line sees them, without starting the
 * server: from a Java system property ({@code -Dpapergraph.store.location=...}) or else from the
 * environment, named as Spring Boot names it there ({@code PAPERGRAPH_STORE_LOCATION}: upper case,
 * dots as underscores, no dashes), or else from the configuration files the server reads from the
 * working directory ({@code config/application.properties}, then {@code application.properties}).
 * A setting given none of these ways has the server's default.
 */
final class Settings {
  /** The files Spring Boot reads from the working directory, the first winning. */
  static final List<String> FILES = List.of("config/application.properties", "application.properties");

  private final Properties system;
  private final Map<String, String> environment;
  private final List<Properties> files;

  Settings(Properties system, Map<String, String> environment) {
    this(system, environment, List.of());
  }

  Settings(Properties system, Map<String, String> environment, List<Properties> files) {
    this.system = system;
    this.environment = environment;
    this.files = files;
  }

  static Settings fromProcess() {
    return new Settings(System.getProperties(), System.getenv(), files(Path.of("")));
  }

  /** The configuration files under {@code dir} that exist, in {@link #FILES} order. */
  static List<Properties> files(Path dir) {
    List<Properties> out = new ArrayList<>();
    for (String name : FILES) {
      Path file = dir.resolve(name);
      if (!Files.isRegularFile(file)) {
        continue;
      }
      Properties p = new Properties();
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        p.load(r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + file.toAbsolutePath(), e);
      }
      out.add(p);
    }
    return out;
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
    for (int i = 0; value == null && i < files.size(); i++) {
      value = files.get(i).getProperty(name);
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
