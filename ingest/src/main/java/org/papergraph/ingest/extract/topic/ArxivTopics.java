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
 * gets from its primary arXiv category, always outside computing (after the topics its text
 * names) and in computing only when its title and abstract name none of the other schemes'
 * topics ({@link TopicTagger}). Most of arXiv is physics and mathematics, which CSO and Papers
 * with Code do not cover; a paper on Higgs decays or on Lie superalgebras would otherwise have no
 * topic.
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
   * One row of the taxonomy file.
   *
   * @param notation the group, archive or category ({@code grp_physics}, {@code cond-mat}, {@code cs.AI})
   * @param name arXiv's name for it
   * @param aliases the other notations arXiv gives it ({@code cmp-lg} for {@code cs.CL})
   * @param broader the notation of the archive or group it is stated inside, or null for a group
   * @param kind {@code group}, {@code archive} or {@code category}
   * @param definition arXiv's description of its subject matter, or empty
   */
  public record Row(String notation, String name, List<String> aliases, String broader, String kind, String definition) {}

  /**
   * The rows of the taxonomy file: tab-separated, concept, prefLabel, altLabel, broader, kind,
   * module, definition, note; lines starting with {@code #} are comments.
   *
   * @param name how errors name the file
   * @throws IllegalArgumentException naming the line of a row with too few columns or no notation or name
   */
  public static List<Row> rows(BufferedReader tsv, String name) throws IOException {
    List<Row> rows = new ArrayList<>();
    int lineNo = 0;
    for (String line; (line = tsv.readLine()) != null; ) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] col = line.split("\t", -1);
      if (col.length < 7) {
        throw new IllegalArgumentException(name + " line " + lineNo + ": " + col.length + " columns, expected at least 7");
      }
      if (col[0].isBlank() || col[1].isBlank()) {
        throw new IllegalArgumentException(name + " line " + lineNo + ": a row names its notation and its name");
      }
      List<String> aliases = col[2].isBlank() ? List.of() : List.of(col[2].strip().split("[,\\s]+"));
      rows.add(new Row(col[0].strip(), col[1].strip(), aliases, col[3].isBlank() ? null : col[3].strip(), col[4].strip(), col[6].strip()));
    }
    return rows;
  }

  /**
   * Reads the taxonomy file as a topic scheme.
   *
   * @throws IllegalArgumentException as {@link #rows}
   */
  public static TopicScheme load(InputStream in, String name) throws IOException {
    List<TopicConcept> concepts = new ArrayList<>();
    for (Row row : rows(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), name)) {
      boolean group = "group".equals(row.kind());
      List<String> alt = new ArrayList<>();
      alt.add(row.notation());
      alt.addAll(row.aliases());
      List<String> broader = row.broader() == null ? List.of() : List.of(slug(row.broader()));
      String label = row.name() + (group ? " (arXiv group)" : " (" + row.notation() + ")");
      // arXiv has a listing page for every archive and category, none for a group.
      String source = group ? "https://arxiv.org/category_taxonomy#" + row.notation() : "https://arxiv.org/list/" + row.notation();
      concepts.add(new TopicConcept(slug(row.notation()), source, label, alt, broader, List.of(), List.of()));
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
