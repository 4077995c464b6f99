package org.papergraph.api.config;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.papergraph.core.Software;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's header: what the API is, and the write token as a security scheme. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {
  static final String WRITE_TOKEN = "writeToken";

  @Bean
  OpenAPI papergraphOpenApi() {
    return new OpenAPI()
        .info(new Info()
            .title("Papergraph API")
            .version(Software.version())
            .description("Papers, topics, venues, code repositories and labs from the Papergraph knowledge graph. "
                + "Lists page with opaque cursors; every error is an RFC 9457 problem detail. "
                + "The same data answers SPARQL at /sparql.")
            .license(new License().name("Data: CC0 1.0 (arXiv metadata), CC BY 4.0 (CSO topics)")))
        .components(new Components().addSecuritySchemes(WRITE_TOKEN,
            new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("the server's papergraph.security.write-token; without one configured, writes are refused")));
  }
}
