package org.papergraph.api.security;

import org.apache.jena.query.ARQ;
import org.papergraph.api.config.CorsProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** CORS for the public endpoints, and Jena's own switch against SERVICE calls. */
@Configuration(proxyBeanMethods = false)
class WebSecurityConfiguration implements WebMvcConfigurer {
  private static final String[] PUBLIC_PATHS = {"/sparql", "/graph-store", "/graph-store/**", "/id/**", "/ns", "/ns/**", "/.well-known/void", "/changes", "/changes/**"};

  private final CorsProperties cors;

  WebSecurityConfiguration(CorsProperties cors) {
    this.cors = cors;
    // SERVICE would make the server query any URL a client names; queries are also checked
    // before they run, this is the second line.
    ARQ.getContext().set(ARQ.httpServiceAllowed, false);
  }

  @Override
  public void addCorsMappings(CorsRegistry registry) {
    if (cors.allowedOrigins().isEmpty()) {
      return;
    }
    for (String path : PUBLIC_PATHS) {
      registry
          .addMapping(path)
          .allowedOriginPatterns(cors.allowedOrigins().toArray(String[]::new))
          .allowedMethods(cors.allowedMethods().toArray(String[]::new))
          .allowedHeaders("*")
          .exposedHeaders("Location", "Content-Type")
          .maxAge(cors.maxAge().toSeconds());
    }
  }
}
