package org.papergraph.ingest.extract.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * arXiv's subject taxonomy (groups, archives, categories) as a topic scheme: the topic a paper
 * gets from its primary arXiv category when its title and abstract name none of the other
 * schemes' topics. Most of arXiv is physics and mathematics, which CSO and Papers with Code do
 * not cover; a paper on Higgs decays or on Lie superalgebras would otherwise have no topic.
 *
 * <p>The same file is loaded as {@code graph/reference/arxiv-taxonomy}, whose concepts
 * ({@code id/category/hep-ph}) are what {@code pg:arxivCategory} points to. Those are not
 * topics: every topic lives under {@code id/topic/}, where the REST API, the read model and the
 * topic views find it. So each row is also a concept of this scheme, {@code id/topic/arxiv-hep-ph},
 * which the category concept names as its {@code skos:exactMatch}.
 *
 * <p>The file is tab-separated: concept, prefLabel, altLabel, broader, kind, module, definition,
 * note; lines starting with {@code #} are comments. A concept's preferred label is arXiv's name
 * with the notation ("High Energy Physics - Phenomenology (hep-ph)"), since several names are
 * CSO's too ("Artificial Intelligence"); its alternative labels are the notation and the aliases
 * arXiv gives ({@code cmp-lg} for {@code cs.CL}); its broader concept is the archive or group the
 * row is stated inside.
 */
public final class ArxivTopics {
  public static final String NAME = "arxiv-topics";
  static final String PREFIX = "arxiv-";

  private ArxivTopics() {}

  /** The topic slug of an arXiv group, archive or category: {@code hep-ph} is {@code arxiv-hep-ph}, {@code cs.AI} {@code arxiv-cs-ai}. */
  public static String slug(String notation) {
    return PREFIX + notation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }

  /**
   * Reads the taxonomy file.
   *
   * @throws IllegalArgumentException naming the file and line of a row with too few columns or no name
   */
  public static TopicScheme load(InputStream in, String name) throws IOException {
    List<TopicConcept> concepts = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line; (line = r.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] col = line.split("\t", -1);
      if (col.length < 5 || col[0].isBlank() || col[1].isBlank()) {
        throw new IllegalArgumentException(name + " line " + lineNo + ": expected a notation, a name, aliases, a broader notation and a kind, tab-separated");
      }
      String notation = col[0].strip();
      boolean group = "group".equals(col[4].strip());
      List<String> alt = new ArrayList<>();
      alt.add(notation);
      if (!col[2].isBlank()) {
        alt.addAll(List.of(col[2].strip().split("[,\\s]+")));
      }
      List<String> broader = col[3].isBlank() ? List.of() : List.of(slug(col[3].strip()));
      String label = col[1].strip() + (group ? " (arXiv group)" : " (" + notation + ")");
      // arXiv has a listing page for every archive and category, none for a group.
      String source = group ? "https://arxiv.org/category_taxonomy#" + notation : "https://arxiv.org/list/" + notation;
      concepts.add(new TopicConcept(slug(notation), source, label, alt, broader, List.of(), List.of()));
    }
    return new TopicScheme(
        NAME,
        "arXiv subjects as topics",
        "https://opensource.org/license/mit",
        "https://arxiv.org/category_taxonomy",
        "arXiv's category taxonomy, read from arXiv's arxiv-base software (MIT licence, Copyright (c) 2026 arXiv, Inc.)",
        concepts);
  }
}
