package org.papergraph.ingest.extract.topic;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.papergraph.ingest.record.Inputs;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * Reads the Papers with Code methods list into a {@link TopicScheme}: one concept per method
 * (preferred label the full name, the short name as alternative) and one per method collection,
 * the collection broader than its methods. It covers recent terms that CSO lacks (Vision
 * Transformer, Mixture-of-Experts).
 *
 * <p>A collection is tied to the CSO topic it names, so that a matched method leads to a CSO
 * topic too: by its name ("Object Detection Models" is CSO "object detection" once a trailing
 * "Models", "Methods", "Modules" or "Blocks" is dropped), or, where the names differ, by the
 * short table {@link #ALIGNED}.
 */
public final class PwcMethods {
  public static final String NAME = "pwc-methods";
  static final String METHOD_PREFIX = "pwc-";
  static final String COLLECTION_PREFIX = "pwc-collection-";
  private static final String COLLECTION_NS = "https://paperswithcode.com/methods/category/";
  private static final String METHOD_NS = "https://paperswithcode.com/method/";
  private static final Set<String> GENERIC_TAILS = Set.of("model", "method", "modul", "block");

  /** Collections whose CSO topic has another name, by the CSO label (any synonym's). */
  static final Map<String, String> ALIGNED =
      Map.of(
          "Graph Models", "graph neural networks",
          "Vision Transformers", "transformers",
          "Autoencoding Transformers", "transformers",
          "Autoregressive Transformers", "transformers",
          "Code Generation Transformers", "transformers",
          "RL Transformers", "transformers");

  private PwcMethods() {}

  /** Reads {@code methods.json}, gzip or not; {@code cso} gives the topics that collections are tied to. */
  public static TopicScheme load(InputStream in, String sourceName, TopicScheme cso) throws IOException {
    JsonElement root;
    try {
      root = JsonParser.parseReader(Inputs.reader(in));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(sourceName + ": not valid JSON: " + e.getMessage(), e);
    }
    if (!root.isJsonArray()) {
      throw new IllegalArgumentException(sourceName + ": expected a JSON array of methods");
    }
    Map<String, String> csoByKey = csoLabelIndex(cso);
    Map<String, TopicConcept> collections = new LinkedHashMap<>();
    List<TopicConcept> methods = new ArrayList<>();
    Set<String> methodSlugs = new LinkedHashSet<>();
    JsonArray array = root.getAsJsonArray();
    for (int i = 0; i < array.size(); i++) {
      String where = sourceName + " method #" + (i + 1);
      if (!array.get(i).isJsonObject()) {
        throw new IllegalArgumentException(where + ": not a JSON object");
      }
      JsonObject m = array.get(i).getAsJsonObject();
      String url = text(m, "url", where);
      String name = text(m, "name", where);
      String fullName = isString(m, "full_name") ? m.get("full_name").getAsString().strip() : "";
      if (!url.startsWith(METHOD_NS) || url.length() == METHOD_NS.length()) {
        throw new IllegalArgumentException(where + ": the url is not a Papers with Code method page: " + url);
      }
      String slug = METHOD_PREFIX + Slugs.of(url.substring(METHOD_NS.length()));
      if (!methodSlugs.add(slug)) {
        // The list repeats a few methods verbatim; the first entry stands for them.
        continue;
      }
      List<String> broader = new ArrayList<>();
      if (m.has("collections") && m.get("collections").isJsonArray()) {
        for (JsonElement c : m.getAsJsonArray("collections")) {
          if (!c.isJsonObject()) {
            throw new IllegalArgumentException(where + ": a collection is not a JSON object");
          }
          String collection = text(c.getAsJsonObject(), "collection", where);
          TopicConcept concept = collections.computeIfAbsent(collection, k -> collection(k, csoByKey));
          if (!broader.contains(concept.slug())) {
            broader.add(concept.slug());
          }
        }
      }
      String pref = fullName.isEmpty() ? name : fullName;
      List<String> alt = name.equals(pref) ? List.of() : List.of(name);
      methods.add(new TopicConcept(slug, url, pref, alt, broader, List.of(), List.of()));
    }
    List<TopicConcept> all = new ArrayList<>(collections.values());
    all.addAll(methods);
    return new TopicScheme(
        NAME,
        "Papers with Code methods (June 2022)",
        "https://creativecommons.org/licenses/by-sa/4.0/",
        "https://paperswithcode.com/methods",
        "Methods and method collections from Papers with Code (June 2022), licensed under CC BY-SA 4.0; "
            + "this scheme, derived from it, carries the same licence.",
        all);
  }

  private static TopicConcept collection(String name, Map<String, String> csoByKey) {
    List<String> broader = new ArrayList<>();
    String aligned = ALIGNED.get(name);
    if (aligned != null) {
      String slug = csoByKey.get(WordKeys.key(aligned));
      if (slug == null) {
        throw new IllegalStateException("CSO has no topic labelled '" + aligned + "', which " + name + " is tied to");
      }
      broader.add(slug);
    } else {
      String key = WordKeys.key(name);
      String match = csoByKey.get(key);
      int lastSpace = key.lastIndexOf(' ');
      if (match == null && lastSpace > 0 && GENERIC_TAILS.contains(key.substring(lastSpace + 1))) {
        match = csoByKey.get(key.substring(0, lastSpace));
      }
      if (match != null) {
        broader.add(match);
      }
    }
    String slug = Slugs.of(name);
    return new TopicConcept(COLLECTION_PREFIX + slug, COLLECTION_NS + slug, name, List.of(), broader, List.of(), List.of());
  }

  /** CSO concept slugs by the key of each of their labels. */
  static Map<String, String> csoLabelIndex(TopicScheme cso) {
    Map<String, String> index = new HashMap<>();
    for (TopicConcept c : cso.concepts()) {
      index.putIfAbsent(WordKeys.key(c.prefLabel()), c.slug());
    }
    for (TopicConcept c : cso.concepts()) {
      for (String alt : c.altLabels()) {
        index.putIfAbsent(WordKeys.key(alt), c.slug());
      }
    }
    return index;
  }

  private static String text(JsonObject o, String field, String where) {
    if (!isString(o, field) || o.get(field).getAsString().isBlank()) {
      throw new IllegalArgumentException(where + ": the field '" + field + "' is missing or empty");
    }
    return o.get(field).getAsString().strip();
  }

  private static boolean isString(JsonObject o, String field) {
    return o.has(field) && o.get(field).isJsonPrimitive() && o.get(field).getAsJsonPrimitive().isString();
  }
}
