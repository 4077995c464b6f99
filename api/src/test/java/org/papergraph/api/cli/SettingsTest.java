package org.papergraph.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.papergraph.core.Iris;
import org.papergraph.core.store.StoreConfig;
import org.papergraph.core.store.StoreKind;
import picocli.CommandLine;

/** The command line reads the server's settings, with the server's defaults, and its own options first. */
class SettingsTest {
  static Settings settings(Map<String, String> system, Map<String, String> environment) {
    Properties props = new Properties();
    props.putAll(system);
    return new Settings(props, environment);
  }

  static PapergraphCommandLine parsed(String... args) {
    PapergraphCommandLine cli = new PapergraphCommandLine();
    new CommandLine(cli).parseArgs(args);
    return cli;
  }

  @Test
  void withNothingSetTheStoreAndIrisAreTheServersDefaults() {
    Settings none = settings(Map.of(), Map.of());
    StoreConfig config = parsed("validate").storeConfig(none);
    assertThat(config).isEqualTo(StoreConfig.tdb2(Path.of(StoreConfig.DEFAULT_LOCATION)));
    assertThat(parsed("validate").iris(none).base()).isEqualTo(Iris.DEFAULT_BASE);
  }

  @Test
  void aSystemPropertyWinsOverTheEnvironmentAndAnOptionOverBoth() {
    Settings both = settings(
        Map.of("papergraph.store.location", "/from/property"),
        Map.of("PAPERGRAPH_STORE_LOCATION", "/from/env", "PAPERGRAPH_STORE_TEXTINDEXLOCATION", "/index", "PAPERGRAPH_GRAPH_BASEIRI", "https://example.org/"));
    StoreConfig config = parsed("validate").storeConfig(both);
    assertThat(config.location()).isEqualTo(Path.of("/from/property"));
    assertThat(config.textIndexLocation()).isEqualTo(Path.of("/index"));
    assertThat(parsed("validate").iris(both).base()).isEqualTo("https://example.org/");
    assertThat(parsed("--location", "/from/option", "--store", "MEMORY", "validate").storeConfig(both).kind()).isEqualTo(StoreKind.MEMORY);
    assertThat(parsed("--location", "/from/option", "validate").storeConfig(both).location()).isEqualTo(Path.of("/from/option"));
  }

  @Test
  void switchesReadAsSpringBootReadsThem() {
    Settings s = settings(Map.of("papergraph.extract.topics", "off"), Map.of("PAPERGRAPH_EXTRACT_VENUES", "Yes", "PAPERGRAPH_REFERENCE_ENABLED", "maybe"));
    assertThat(s.flag("papergraph.extract.topics")).contains(false);
    assertThat(s.flag("papergraph.extract.venues")).contains(true);
    assertThat(s.flag("papergraph.seeds.enabled")).isEmpty();
    assertThat(settings(Map.of(), Map.of("PAPERGRAPH_STORE_TEXT_INDEX_LOCATION", "/i")).get("papergraph.store.text-index-location")).contains("/i");
    assertThatThrownBy(() -> s.flag("papergraph.reference.enabled"))
        .isInstanceOf(Settings.UsageException.class).hasMessage("papergraph.reference.enabled is 'maybe': use true or false");
  }

  @Test
  void anUnknownStoreKindOrAnIncompleteRemoteStoreIsAUsageError() {
    Settings none = settings(Map.of(), Map.of());
    assertThatThrownBy(() -> parsed("--store", "mongo", "validate").storeConfig(none))
        .isInstanceOf(Settings.UsageException.class).hasMessage("unknown store kind 'mongo': use tdb2, memory or remote");
    assertThatThrownBy(() -> parsed("--store", "remote", "validate").storeConfig(none))
        .isInstanceOf(Settings.UsageException.class).hasMessageContaining("a remote store needs its query endpoint");
  }

  @Test
  void configurationFilesInTheWorkingDirectoryComeAfterPropertiesAndEnvironment(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    java.nio.file.Files.createDirectories(dir.resolve("config"));
    java.nio.file.Files.writeString(dir.resolve("config/application.properties"),
        "papergraph.store.location=/from/config-dir\n");
    java.nio.file.Files.writeString(dir.resolve("application.properties"),
        "papergraph.store.location=/from/root\npapergraph.graph.base-iri=https://papers.example.org/\n");
    Properties none = new Properties();
    Settings fromFiles = new Settings(none, Map.of(), Settings.files(dir));
    assertThat(fromFiles.get("papergraph.store.location")).contains("/from/config-dir");
    assertThat(fromFiles.get("papergraph.graph.base-iri")).contains("https://papers.example.org/");
    assertThat(parsed("validate").iris(fromFiles).base()).isEqualTo("https://papers.example.org/");
    Settings envFirst = new Settings(none, Map.of("PAPERGRAPH_STORE_LOCATION", "/from/env"), Settings.files(dir));
    assertThat(envFirst.get("papergraph.store.location")).contains("/from/env");
    assertThat(new Settings(none, Map.of(), Settings.files(dir.resolve("absent"))).get("papergraph.store.location")).isEmpty();
  }
}
