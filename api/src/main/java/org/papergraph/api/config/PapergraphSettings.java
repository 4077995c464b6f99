package org.papergraph.api.config;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.papergraph.core.Iris;
import org.papergraph.core.store.GraphStore;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.ingest.run.IngestPipeline;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The {@code papergraph.*} settings, bound by Spring Boot's {@link Binder} to the records that
 * name them and give their defaults ({@link StoreConfig}, {@link GraphProperties},
 * {@link ExtractionProperties}, {@link ReferenceProperties}), for the server and for the command
 * line alike. The command line reads them without starting the server, from an environment
 * built as the server builds its own ({@link #outsideSpring}), so both read the same setting
 * the same way: from Java system properties, the process environment
 * ({@code PAPERGRAPH_STORE_LOCATION}), the configuration files Spring Boot reads (the jar's own
 * {@code application.properties}, then {@code application.properties} and
 * {@code config/application.properties} in the working directory, {@code spring.config.*}
 * honoured) and the defaults of those records.
 */
public final class PapergraphSettings {
  /** Where the store settings live: {@link StoreConfig}'s fields under this prefix. */
  public static final String STORE_PREFIX = "papergraph.store";

  private final Binder binder;

  private PapergraphSettings(Environment environment) {
    this.binder = Binder.get(environment);
  }

  /** The settings of a running server's environment. */
  public static PapergraphSettings of(Environment environment) {
    return new PapergraphSettings(environment);
  }

  /**
   * The settings the server would read in a process with these system properties and this
   * environment, with {@code overrides} (settings by name, e.g. from command-line options) taking
   * precedence over all of them.
   */
  public static PapergraphSettings outsideSpring(Map<?, ?> systemProperties, Map<String, String> environment, Map<String, String> overrides) {
    StandardEnvironment env = new StandardEnvironment();
    MutablePropertySources sources = env.getPropertySources();
    sources.replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
        new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, strings(systemProperties)));
    // The name tells Spring Boot to read PAPERGRAPH_STORE_LOCATION as papergraph.store.location.
    sources.replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new LinkedHashMap<>(environment)));
    if (!overrides.isEmpty()) {
      sources.addFirst(new MapPropertySource("papergraph command-line options", new LinkedHashMap<>(overrides)));
    }
    loadConfigurationFiles(env);
    return new PapergraphSettings(env);
  }

  /** The configuration files, found and ordered as the server's start finds them. */
  private static void loadConfigurationFiles(ConfigurableEnvironment env) {
    ConfigDataEnvironmentPostProcessor.applyTo(env);
  }

  /**
   * The store settings under {@link #STORE_PREFIX}, with {@link StoreConfig}'s defaults.
   *
   * @throws org.springframework.boot.context.properties.bind.BindException when a setting has a
   *     value its field cannot take, or the store they describe is incomplete
   */
  public StoreConfig store() {
    return binder.bindOrCreate(STORE_PREFIX, StoreConfig.class);
  }

  /**
   * The settings of one {@link ConfigurationProperties} record, under its prefix, with its
   * defaults.
   */
  public <T> T bind(Class<T> properties) {
    ConfigurationProperties annotation = properties.getAnnotation(ConfigurationProperties.class);
    if (annotation == null) {
      throw new IllegalArgumentException(properties.getName() + " is not a @ConfigurationProperties record");
    }
    String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
    return binder.bindOrCreate(prefix, properties);
  }

  /**
   * The ingest the server runs: the reference data the jar carries under {@code seeds/} (read
   * once), the extractors as configured, the reference graphs kept up to date before every
   * ingest unless the store's reference data comes from elsewhere.
   */
  public static IngestPipeline ingestPipeline(GraphStore store, Iris iris, ExtractionProperties extract, ReferenceProperties reference)
      throws IOException {
    return IngestPipeline.builder(store)
        .iris(iris)
        .bundledReferenceData(PapergraphSettings.class.getClassLoader())
        .extractVenues(extract.venues())
        .extractTopics(extract.topics())
        .referenceGraphsOnIngest(reference.enabled())
        .build();
  }

  private static Map<String, Object> strings(Map<?, ?> map) {
    Map<String, Object> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(String.valueOf(k), v));
    return out;
  }
}
