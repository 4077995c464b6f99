package org.papergraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.papergraph.api.config.ExtractionProperties;
import org.papergraph.api.config.PapergraphSettings;
import org.papergraph.api.config.ReferenceProperties;
import org.papergraph.core.Iris;
import org.papergraph.core.store.RemoteDialect;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.core.store.StoreKind;
import picocli.CommandLine;

/**
 * The command line reads the server's settings as Spring Boot binds them, with the server's
 * defaults, and its own options first. {@link SettingsIT} compares it with a running server.
 */
class SettingsTest {
  static PapergraphCommandLine parsed(String... args) {
    PapergraphCommandLine cli = new PapergraphCommandLine();
    new CommandLine(cli).parseArgs(args);
    return cli;
  }

  static PapergraphSettings settings(PapergraphCommandLine cli, Map<String, String> system, Map<String, String> environment) {
    return cli.settings(system, environment);
  }

  @Test
  void theServerReadsTheStoreOptionsAsTheSettingsTheyStandFor() {
    assertThat(PapergraphCommandLine.serverArguments(new String[] {"--location", "/srv/pg", "--store=memory", "--base-iri", "https://pg.example/", "--server.port=9090"}))
        .containsExactly("--papergraph.store.location=/srv/pg", "--papergraph.store.kind=memory", "--papergraph.graph.base-iri=https://pg.example/", "--server.port=9090");
    assertThat(PapergraphCommandLine.serverArguments(new String[0])).isEmpty();
    assertThatThrownBy(() -> PapergraphCommandLine.serverArguments(new String[] {"--location"})).isInstanceOf(UsageException.class).hasMessageContaining("--location needs a value");
    assertThatThrownBy(() -> PapergraphCommandLine.serverArguments(new String[] {"--location", "--server.port=1"})).isInstanceOf(UsageException.class);
  }

  @Test
  void withNothingSetTheStoreAndIrisAreTheServersDefaults() {
    PapergraphCommandLine cli = parsed("validate");
    PapergraphSettings none = settings(cli, Map.of(), Map.of());
    assertThat(cli.storeConfig(none)).isEqualTo(StoreConfig.tdb2(Path.of(StoreConfig.DEFAULT_LOCATION)));
    assertThat(cli.iris(none).base()).isEqualTo(Iris.DEFAULT_BASE);
    assertThat(none.bind(ExtractionProperties.class)).isEqualTo(new ExtractionProperties(true, true));
    assertThat(none.bind(ReferenceProperties.class)).isEqualTo(new ReferenceProperties(true, true));
  }

  @Test
  void aSystemPropertyWinsOverTheEnvironmentAndAnOptionOverBoth() {
    Map<String, String> system = Map.of("papergraph.store.location", "/from/property");
    Map<String, String> env = Map.of("PAPERGRAPH_STORE_LOCATION", "/from/env", "PAPERGRAPH_STORE_TEXTINDEXLOCATION", "/index",
        "PAPERGRAPH_GRAPH_BASEIRI", "https://example.org/");
    PapergraphCommandLine plain = parsed("validate");
    StoreConfig config = plain.storeConfig(settings(plain, system, env));
    assertThat(config.location()).isEqualTo(Path.of("/from/property"));
    assertThat(config.textIndexLocation()).isEqualTo(Path.of("/index"));
    assertThat(plain.iris(settings(plain, system, env)).base()).isEqualTo("https://example.org/");
    PapergraphCommandLine memory = parsed("--location", "/from/option", "--store", "MEMORY", "validate");
    assertThat(memory.storeConfig(settings(memory, system, env)).kind()).isEqualTo(StoreKind.MEMORY);
    PapergraphCommandLine located = parsed("--location", "/from/option", "--base-iri", "https://option.example/", "validate");
    assertThat(located.storeConfig(settings(located, system, env)).location()).isEqualTo(Path.of("/from/option"));
    assertThat(located.iris(settings(located, system, env)).base()).isEqualTo("https://option.example/");
  }

  @Test
  void switchesEnumsAndDashedNamesReadAsSpringBootReadsThem() {
    PapergraphCommandLine cli = parsed("validate");
    PapergraphSettings s = settings(cli, Map.of("papergraph.extract.topics", "off", "papergraph.store.kind", "Remote",
            "papergraph.store.dialect", "virtuoso", "papergraph.store.query-endpoint", "http://localhost:8890/sparql",
            "papergraph.store.update-endpoint", "http://localhost:8890/sparql"),
        Map.of("PAPERGRAPH_EXTRACT_VENUES", "yes", "PAPERGRAPH_STORE_TEXT_INDEX_LOCATION", "/i"));
    assertThat(s.bind(ExtractionProperties.class)).isEqualTo(new ExtractionProperties(true, false));
    StoreConfig remote = cli.storeConfig(s);
    assertThat(remote.kind()).isEqualTo(StoreKind.REMOTE);
    assertThat(remote.dialect()).isEqualTo(RemoteDialect.VIRTUOSO);
    assertThat(remote.textIndexLocation()).isEqualTo(Path.of("/i"));
  }

  @Test
  void aBadValueIsAUsageErrorNamingTheSettingAndWhatItTakes() {
    PapergraphCommandLine mongo = parsed("--store", "mongo", "validate");
    assertThatThrownBy(() -> mongo.storeConfig(settings(mongo, Map.of(), Map.of())))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("papergraph.store.kind is 'mongo'")
        .hasMessageEndingWith("use tdb2, memory, remote");
    PapergraphCommandLine remote = parsed("--store", "remote", "validate");
    assertThatThrownBy(() -> remote.storeConfig(settings(remote, Map.of(), Map.of())))
        .isInstanceOf(UsageException.class).hasMessageContaining("a remote store needs its query endpoint");
    PapergraphCommandLine cli = parsed("validate");
    assertThatThrownBy(() -> cli.ingestPipelineSettings(settings(cli, Map.of(), Map.of("PAPERGRAPH_REFERENCE_ENABLED", "maybe"))))
        .isInstanceOf(UsageException.class)
        .hasMessageStartingWith("papergraph.reference.enabled is 'maybe'")
        .hasMessageContaining("PAPERGRAPH_REFERENCE_ENABLED");
  }

  @Test
  void configurationFilesComeAfterPropertiesAndEnvironment(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("config"));
    Files.writeString(dir.resolve("config/application.properties"), "papergraph.store.location=/from/config-dir\n");
    Files.writeString(dir.resolve("application.properties"),
        "papergraph.store.location=/from/root\npapergraph.graph.base-iri=https://papers.example.org/\n");
    // The working directory's files, as Spring Boot looks for them (config/ wins), moved to dir.
    Map<String, String> locations = Map.of("spring.config.additional-location",
        "optional:file:" + dir + "/,optional:file:" + dir + "/config/");
    PapergraphCommandLine cli = parsed("validate");
    PapergraphSettings fromFiles = settings(cli, locations, Map.of());
    assertThat(cli.storeConfig(fromFiles).location()).isEqualTo(Path.of("/from/config-dir"));
    assertThat(cli.iris(fromFiles).base()).isEqualTo("https://papers.example.org/");
    PapergraphSettings envFirst = settings(cli, locations, Map.of("PAPERGRAPH_STORE_LOCATION", "/from/env"));
    assertThat(cli.storeConfig(envFirst).location()).isEqualTo(Path.of("/from/env"));
  }
}
