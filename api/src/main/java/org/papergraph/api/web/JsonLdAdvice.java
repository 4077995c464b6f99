package org.papergraph.api.web;

import org.springframework.core.MethodParameter;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON-LD on request: when a GET of the REST API negotiates {@code application/ld+json}, the
 * same JSON is sent with the project's {@code @context} ({@code /api/context.jsonld}), which maps
 * each field to the vocabulary term it stands for and {@code iri} to {@code @id}.
 */
@RestControllerAdvice(basePackages = "org.papergraph.api")
class JsonLdAdvice implements ResponseBodyAdvice<Object> {
  static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
  static final String CONTEXT = "/api/context.jsonld";

  private final JsonMapper mapper;

  JsonLdAdvice(JsonMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(
      Object body, MethodParameter returnType, MediaType contentType, Class<? extends HttpMessageConverter<?>> converterType,
      ServerHttpRequest request, ServerHttpResponse response) {
    if (body == null || body instanceof ProblemDetail || body instanceof String || body instanceof Resource
        || request.getMethod() != HttpMethod.GET
        || !JSON_LD.equalsTypeAndSubtype(contentType) || !request.getURI().getPath().startsWith("/api/")) {
      return body;
    }
    JsonNode tree = mapper.valueToTree(body);
    ObjectNode out = mapper.createObjectNode();
    out.put("@context", CONTEXT);
    if (tree.isObject()) {
      out.setAll((ObjectNode) tree);
    } else {
      out.set("@graph", tree);
    }
    return out;
  }
}
