package org.papergraph.api.config;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Tomcat settings the linked-data IRIs and the error responses need. */
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

  /**
   * Requests Tomcat refuses before the application sees them get a problem detail too, not
   * Tomcat's HTML page.
   */
  @Bean
  TomcatContextCustomizer problemErrorReports() {
    return context -> {
      if (context.getParent() instanceof StandardHost host) {
        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
      }
    };
  }
}
