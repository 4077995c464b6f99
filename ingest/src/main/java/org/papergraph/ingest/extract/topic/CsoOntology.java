package org.papergraph.ingest.extract.topic;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the Computer Science Ontology (CSO) from its official CSV archive into a {@link
 * TopicScheme}.
 *
 * <p>Many CSO topics are synonyms that name a preferred topic with {@code preferentialEquivalent}
 * ({@code diffusion_models} prefers {@code diffusion_probabilistic_models}). Only preferred topics
 * become concepts; a synonym's label becomes an alternative label of its preferred topic, and its
 * super topics, related topics and links are carried over to it, so that a match on any synonym
 * lands on one concept.
 */
public final class CsoOntology {
  public static final String NAME = "cso";
  static final String TOPIC_NS = "https://cso.kmi.open.ac.uk/topics/";
  private static final String CSO_SCHEMA = "http://cso.kmi.open.ac.uk/schema/cso#";
  private static final String LABEL_END = "\"@en .";

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> iris = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();
  private final Map<Integer, Integer> preferred = new HashMap<>();
  private final List<int[]> superTopicOf = new ArrayList<>();
  private final List<int[]> relatedEquivalent = new ArrayList<>();
  private final Map<Integer, List<String>> sameAs = new HashMap<>();
  private final Set<Integer> typed = new java.util.HashSet<>();

  private CsoOntology() {}

  /** Reads the CSV, or a zip archive whose first {@code .csv} entry is the CSV. */
  public static TopicScheme load(InputStream in, String sourceName) throws IOException {
    if (!in.markSupported()) {
      in = new BufferedInputStream(in, 1 << 16);
    }
    in.mark(4);
    boolean isZip = in.read() == 'P' && in.read() == 'K';
    in.reset();
    InputStream csv = in;
    if (isZip) {
      ZipInputStream zip = new ZipInputStream(in);
      ZipEntry e;
      while ((e = zip.getNextEntry()) != null && !e.getName().endsWith(".csv")) {
        // skip to the CSV
      }
      if (e == null) {
        throw new IOException(sourceName + ": the archive holds no .csv file");
      }
      csv = zip;
    }
    CsoOntology cso = new CsoOntology();
    BufferedReader r = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8), 1 << 16);
    String line;
    long lineNo = 0;
    while ((line = r.readLine()) != null) {
      lineNo++;
      if (!line.isBlank()) {
        cso.row(line, sourceName, lineNo);
      }
    }
    return cso.scheme(sourceName);
  }

  private void row(String line, String sourceName, long lineNo) {
    int s1 = line.indexOf(">\",\"<");
    int s2 = s1 < 0 ? -1 : line.indexOf(">\",\"", s1 + 5);
    if (!line.startsWith("\"<") || s1 < 0 || s2 < 0) {
      throw bad(sourceName, lineNo, "not a row of the form \"<subject>\",\"<predicate>\",object");
    }
    String subject = line.substring(2, s1);
    String predicate = line.substring(s1 + 5, s2);
    String object = line.substring(s2 + 4);
    boolean iriObject = object.startsWith("<") && object.endsWith(">\"");
    String objectIri = iriObject ? object.substring(1, object.length() - 2) : null;
    switch (predicate) {
      case "http://www.w3.org/2000/01/rdf-schema#label" -> {
        if (!object.endsWith(LABEL_END)) {
          throw bad(sourceName, lineNo, "a label must be an English literal ending in \"@en .");
        }
        int id = topic(subject, sourceName, lineNo);
        if (labels.get(id) != null) {
          throw bad(sourceName, lineNo, "a second label for " + subject);
        }
        labels.set(id, object.substring(0, object.length() - LABEL_END.length()));
      }
      case CSO_SCHEMA + "superTopicOf" -> superTopicOf.add(new int[] {topic(subject, sourceName, lineNo), topic(iri(objectIri, sourceName, lineNo), sourceName, lineNo)});
      case CSO_SCHEMA + "relatedEquivalent" -> relatedEquivalent.add(new int[] {topic(subject, sourceName, lineNo), topic(iri(objectIri, sourceName, lineNo), sourceName, lineNo)});
      case CSO_SCHEMA + "preferentialEquivalent" -> preferred.put(topic(subject, sourceName, lineNo), topic(iri(objectIri, sourceName, lineNo), sourceName, lineNo));
      case "http://www.w3.org/2002/07/owl#sameAs" -> {
        String target = iri(objectIri, sourceName, lineNo);
        // Wikidata and DBpedia are the links that still resolve; Freebase, YAGO and Cyc are left out.
        if (target.startsWith("http://www.wikidata.org/") || target.startsWith("http://dbpedia.org/")) {
          sameAs.computeIfAbsent(topic(subject, sourceName, lineNo), k -> new ArrayList<>()).add(target);
        }
      }
      case "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" -> typed.add(topic(subject, sourceName, lineNo));
      // contributesTo is a loose "is used in" link and Microsoft Academic links are dead: not carried.
      case CSO_SCHEMA + "contributesTo", "http://schema.org/relatedLink" -> {}
      default -> throw bad(sourceName, lineNo, "unknown predicate <" + predicate + ">");
    }
  }

  /**
   * Some preferred topics are the same words written differently: "-" against "_" ({@code
   * decode-and-forward}, {@code decode_and_forward}), which share a slug, or number and
   * inflection ({@code 3d_object}, {@code 3d_objects}), which share a {@link WordKeys#key}. A tagger
   * cannot tell them apart, so the one with fewer hyphens (then the first by local name) stands
   * for both and the others become its synonyms.
   */
  private void foldTwins(int[] pref, java.util.function.IntFunction<String> key) {
    Map<String, Integer> byKey = new HashMap<>();
    for (int i = 0; i < pref.length; i++) {
      if (pref[i] != i || !typed.contains(i)) {
        continue;
      }
      Integer other = byKey.get(key.apply(i));
      if (other == null || rank(i).compareTo(rank(other)) < 0) {
        byKey.put(key.apply(i), i);
      }
    }
    for (int i = 0; i < pref.length; i++) {
      if (typed.contains(i)) {
        pref[i] = byKey.get(key.apply(pref[i]));
      }
    }
  }

  private String rank(int id) {
    String local = iris.get(id).substring(TOPIC_NS.length());
    long hyphens = local.chars().filter(c -> c == '-').count();
    return String.format("%04d%s", hyphens, local);
  }

  private void requireTopic(int id, String sourceName) {
    if (!typed.contains(id)) {
      throw new IllegalArgumentException(sourceName + ": " + iris.get(id) + " is used as a topic but is not declared a cso:Topic");
    }
  }

  private static String iri(String objectIri, String sourceName, long lineNo) {
    if (objectIri == null) {
      throw bad(sourceName, lineNo, "the object must be an IRI");
    }
    return objectIri;
  }

  private int topic(String iri, String sourceName, long lineNo) {
    Integer id = ids.get(iri);
    if (id != null) {
      return id;
    }
    if (!iri.startsWith(TOPIC_NS) || iri.length() == TOPIC_NS.length()) {
      throw bad(sourceName, lineNo, "not a CSO topic IRI: <" + iri + ">");
    }
    ids.put(iri, iris.size());
    iris.add(iri);
    labels.add(null);
    return iris.size() - 1;
  }

  private static IllegalArgumentException bad(String sourceName, long lineNo, String why) {
    return new IllegalArgumentException(sourceName + " line " + lineNo + ": " + why);
  }

  /** The preferred topic of a topic, following chains of preferences. */
  private int preferredOf(int id) {
    int current = id;
    for (int hops = 0; hops < 16; hops++) {
      Integer next = preferred.get(current);
      if (next == null || next == current) {
        return current;
      }
      current = next;
    }
    throw new IllegalArgumentException("CSO: preferentialEquivalent goes round in a circle from " + iris.get(id));
  }

  private TopicScheme scheme(String sourceName) {
    int n = iris.size();
    int[] pref = new int[n];
    for (int i = 0; i < n; i++) {
      pref[i] = preferredOf(i);
      if (typed.contains(i) != (labels.get(i) != null)) {
        throw new IllegalArgumentException(sourceName + ": the CSO topic " + iris.get(i) + " has a type but no label, or a label but no type");
      }
    }
    // CSO 3.5 has about 100 IRIs with only sameAs and relatedLink rows, no type, no label and no
    // place in the hierarchy: they are not topics, and their links have nothing to attach to.
    for (int[] e : superTopicOf) {
      requireTopic(e[0], sourceName);
      requireTopic(e[1], sourceName);
    }
    for (int[] e : relatedEquivalent) {
      requireTopic(e[0], sourceName);
      requireTopic(e[1], sourceName);
    }
    preferred.forEach((a, b) -> {
      requireTopic(a, sourceName);
      requireTopic(b, sourceName);
    });
    String[] slugs = new String[n];
    for (int i = 0; i < n; i++) {
      // The shared rule: the CSO local name with "_" as "-"; percent escapes stay, they are IRI-safe.
      slugs[i] = iris.get(i).substring(TOPIC_NS.length()).replace('_', '-');
    }
    foldTwins(pref, i -> slugs[i]);
    foldTwins(pref, i -> WordKeys.key(labels.get(i)));
    Map<Integer, Set<String>> alt = new HashMap<>();
    Map<Integer, Set<Integer>> broader = new HashMap<>();
    Map<Integer, Set<Integer>> related = new HashMap<>();
    Map<Integer, Set<String>> close = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int p = pref[i];
      if (!typed.contains(i)) {
        continue;
      }
      if (!labels.get(i).equals(labels.get(p))) {
        alt.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(labels.get(i));
      }
      close.computeIfAbsent(p, k -> new LinkedHashSet<>()).addAll(sameAs.getOrDefault(i, List.of()));
    }
    for (int[] e : superTopicOf) {
      int parent = pref[e[0]];
      int child = pref[e[1]];
      if (parent != child) {
        broader.computeIfAbsent(child, k -> new LinkedHashSet<>()).add(parent);
      }
    }
    for (int[] e : relatedEquivalent) {
      int a = pref[e[0]];
      int b = pref[e[1]];
      // SKOS keeps related apart from broader: a pair already in the hierarchy is not also related.
      if (a != b && !broader.getOrDefault(a, Set.of()).contains(b) && !broader.getOrDefault(b, Set.of()).contains(a)) {
        related.computeIfAbsent(a, k -> new LinkedHashSet<>()).add(b);
        related.computeIfAbsent(b, k -> new LinkedHashSet<>()).add(a);
      }
    }
    List<TopicConcept> concepts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (pref[i] != i || !typed.contains(i)) {
        continue;
      }
      concepts.add(
          new TopicConcept(
              slugs[i],
              iris.get(i),
              labels.get(i),
              List.copyOf(alt.getOrDefault(i, Set.of())),
              broader.getOrDefault(i, Set.of()).stream().map(b -> slugs[b]).sorted().toList(),
              related.getOrDefault(i, Set.of()).stream().map(b -> slugs[b]).sorted().toList(),
              List.copyOf(close.getOrDefault(i, Set.of()))));
    }
    concepts.sort(java.util.Comparator.comparing(TopicConcept::slug));
    return new TopicScheme(
        NAME,
        "Computer Science Ontology 3.5",
        "https://creativecommons.org/licenses/by/4.0/",
        "https://cso.kmi.open.ac.uk/",
        "Computer Science Ontology (CSO) 3.5, by A. A. Salatino, T. Thanapalasingam, A. Mannocci, F. Osborne and E. Motta, "
            + "Knowledge Media Institute, The Open University; licensed under CC BY 4.0. Synonyms are folded into their preferred topics.",
        concepts);
  }
}
