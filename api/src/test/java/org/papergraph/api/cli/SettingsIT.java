package org.papergraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.api.PapergraphApplication;
import org.papergraph.api.config.ExtractionProperties;
import org.papergraph.api.config.ReferenceProperties;
import org.papergraph.core.Iris;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.core.store.StoreKind;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The command line and a started server, given the same system properties, environment and
 * configuration file, read the same store, naming and ingest settings.
 */
class SettingsIT {

  @Test
  void theCommandLineReadsWhatTheServerReads(@TempDir Path dir) throws Exception {
    Path conf = Files.createDirectories(dir.resolve("conf"));
    Files.writeString(conf.resolve("application.properties"), String.join("\n",
        "papergraph.store.location=" + dir.resolve("loses-to-the-system-property"),
        "papergraph.store.text-index-location=" + dir.resolve("lucene-from-file"),
        "papergraph.graph.base-iri=https://papers.example.org/",
        ""));
    Map<String, String> system = new LinkedHashMap<>();
    system.put("spring.config.additional-location", "optional:file:" + conf + "/");
    system.put("server.port", "0");
    system.put("papergraph.seeds.enabled", "false");
    system.put("papergraph.store.location", dir.resolve("tdb2").toString());
    system.put("papergraph.extract.topics", "off");
    Map<String, String> environment = Map.of("PAPERGRAPH_STORE_KIND", "TDB2", "PAPERGRAPH_EXTRACT_VENUES", "no",
        "PAPERGRAPH_REFERENCE_LOADONSTART", "false");

    PapergraphCommandLine cli = new PapergraphCommandLine();
    StoreConfig cliStore = cli.storeConfig(cli.settings(system, environment));
    PapergraphCommandLine.PipelineSettings cliPipeline = cli.ingestPipelineSettings(cli.settings(system, environment));

    SpringApplication server = new SpringApplication(PapergraphApplication.class);
    server.setEnvironment(environment(system, environment));
    try (ConfigurableApplicationContext context = server.run()) {
      StoreConfig serverStore = context.getBean(StoreConfig.class);
      assertThat(cliStore).isEqualTo(serverStore);
      assertThat(cliPipeline.iris().base()).isEqualTo(context.getBean(Iris.class).base());
      assertThat(cliPipeline.extract()).isEqualTo(context.getBean(ExtractionProperties.class));
      assertThat(cliPipeline.reference()).isEqualTo(context.getBean(ReferenceProperties.class));
    }
    // And the values are the ones given, each from where it was given.
    assertThat(cliStore).isEqualTo(new StoreConfig(StoreKind.TDB2, dir.resolve("tdb2"), dir.resolve("lucene-from-file"),
        null, null, null, null, null, null, null));
    assertThat(cliPipeline.iris().base()).isEqualTo("https://papers.example.org/");
    assertThat(cliPipeline.extract()).isEqualTo(new ExtractionProperties(false, false));
    assertThat(cliPipeline.reference()).isEqualTo(new ReferenceProperties(true, false));
  }

  /** A server environment with these as its system properties and process environment. */
  private static StandardEnvironment environment(Map<String, String> system, Map<String, String> environment) {
    StandardEnvironment env = new StandardEnvironment();
    env.getPropertySources().replace(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME,
        new MapPropertySource(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME, new LinkedHashMap<>(system)));
    env.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new LinkedHashMap<>(environment)));
    return env;
  }
}
