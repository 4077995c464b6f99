package org.papergraph.api.config;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat settings the linked-data IRIs need. */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

  /**
   * Passes an encoded slash ({@code %2F}) through instead of refusing the request: some topic
   * IRIs keep one from their source (CSO's {@code voice%2Fdata_communication_systems}), and
   * every minted IRI must dereference.
   */
  @Bean
  TomcatConnectorCustomizer encodedSlashPassThrough() {
    return connector -> connector.setEncodedSolidusHandling("passthrough");
  }
}
