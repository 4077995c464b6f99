package org.papergraph.api.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
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
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON-LD on request: when a GET of the REST API negotiates {@code application/ld+json}, the
 * same JSON is sent with the project's {@code @context} ({@code /api/context.jsonld}), which maps
 * each field to the vocabulary term it stands for and {@code iri} to {@code @id}.
 *
 * <p>Every address in it is absolute, so that a JSON-LD processor that does not know where
 * the document came from (no base IRI) drops nothing: the context's own address, and the API
 * addresses ({@code href} and the other fields the context types as {@code @id}), which the
 * plain JSON gives as paths. And numbers of fields the context gives a datatype (a decimal
 * score, a year) are sent as their text: a JSON-LD processor writes a JSON number with a
 * fraction in the form of a double (8.0E-1), which is no xsd:decimal.
 */
@RestControllerAdvice(basePackages = "org.papergraph.api")
class JsonLdAdvice implements ResponseBodyAdvice<Object> {
  static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");
  static final String CONTEXT = "/api/context.jsonld";

  private final JsonMapper mapper;
  /** The fields whose values are IRIs (their term has {@code "@type": "@id"}). */
  private final Set<String> iriFields;
  /** The fields whose values are literals of a datatype (their term has {@code "@type": "xsd:..."}). */
  private final Set<String> typedFields;

  JsonLdAdvice(JsonMapper mapper) {
    this.mapper = mapper;
    this.iriFields = termsTyped(mapper, ContextController.CONTEXT, true);
    this.typedFields = termsTyped(mapper, ContextController.CONTEXT, false);
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
    String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    JsonNode tree = mapper.valueToTree(body);
    absolutise(tree, base);
    ObjectNode out = mapper.createObjectNode();
    out.put("@context", base + CONTEXT);
    if (tree.isObject()) {
      out.setAll((ObjectNode) tree);
    } else {
      out.set("@graph", tree);
    }
    return out;
  }

  /**
   * Resolves the paths ({@code /api/...}) in IRI fields against {@code base}, and writes the
   * numbers of typed fields as text, in place.
   */
  private void absolutise(JsonNode node, String base) {
    if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        absolutise(array.get(i), base);
      }
    } else if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        JsonNode value = field.getValue();
        if (typedFields.contains(field.getKey()) && value.isNumber()) {
          field.setValue(object.stringNode(value.decimalValue().toPlainString()));
        } else if (iriFields.contains(field.getKey()) && isPath(value)) {
          field.setValue(object.stringNode(base + value.asString()));
        } else if (iriFields.contains(field.getKey()) && value instanceof ArrayNode values) {
          for (int i = 0; i < values.size(); i++) {
            if (isPath(values.get(i))) {
              values.set(i, values.stringNode(base + values.get(i).asString()));
            } else {
              absolutise(values.get(i), base);
            }
          }
        } else {
          absolutise(value, base);
        }
      }
    }
  }

  private static boolean isPath(JsonNode value) {
    return value.isString() && value.asString().startsWith("/");
  }

  /** The terms of {@code context} typed {@code @id} ({@code iri}), or typed with a datatype. */
  private static Set<String> termsTyped(JsonMapper mapper, Resource context, boolean iri) {
    try (InputStream in = context.getInputStream()) {
      Set<String> fields = new HashSet<>();
      for (Map.Entry<String, JsonNode> term : mapper.readTree(in).get("@context").properties()) {
        String type = term.getValue().path("@type").asString("");
        if (!type.isEmpty() && type.equals("@id") == iri) {
          fields.add(term.getKey());
        }
      }
      return Set.copyOf(fields);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the JSON-LD context " + context, e);
    }
  }
}
