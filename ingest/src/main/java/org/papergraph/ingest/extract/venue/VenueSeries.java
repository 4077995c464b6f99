package org.papergraph.ingest.extract.venue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A venue series: a conference over the years, or a journal.
 *
 * @param slug the IRI key: lower-case acronym with non-alphanumerics as {@code -}
 * @param acronym the preferred acronym (NeurIPS)
 * @param fullName the full name, or null when no source gives one
 * @param altAcronyms other acronyms the series is written as (NIPS)
 * @param altNames other full names (Advances in Neural Information Processing Systems)
 * @param dblpKeys dblp stream keys ({@code conf/nips})
 * @param ranks rank system ({@code ccf}, {@code core}, {@code thcpl}) to rank
 * @param editions the editions the registry lists, by year
 * @param provisional true when no registry lists the series and a statement's own text made it
 * @param kind conference or journal
 * @param sources the registries the series comes from, one line each (registry, licence, the ranks
 *     it gave, a row's own source); empty for a provisional series
 * @param issns a journal's ISSNs ({@code 2045-2322}) where a registry row or the statement gives
 *     them, each with a valid check digit; empty where none is known
 */
public record VenueSeries(
    String slug,
    String acronym,
    String fullName,
    List<String> altAcronyms,
    List<String> altNames,
    List<String> dblpKeys,
    Map<String, String> ranks,
    List<VenueEdition> editions,
    boolean provisional,
    VenueKind kind,
    List<String> sources,
    List<String> issns) {

  public VenueSeries {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(acronym, "acronym");
    altAcronyms = List.copyOf(altAcronyms);
    altNames = List.copyOf(altNames);
    dblpKeys = List.copyOf(dblpKeys);
    ranks = Map.copyOf(ranks);
    editions = List.copyOf(editions);
    sources = List.copyOf(sources);
    issns = List.copyOf(issns);
    for (String issn : issns) {
      if (!Issn.valid(issn)) {
        throw new IllegalArgumentException("venue series " + slug + ": '" + issn + "' is no ISSN (NNNN-NNNC, C the check digit)");
      }
    }
  }

  /** Every other way the series is written: acronyms, then names (skos:altLabel). */
  public List<String> aliases() {
    List<String> out = new java.util.ArrayList<>(altAcronyms);
    out.addAll(altNames);
    return out;
  }

  /** A series that no registry lists, named by the statement that mentions it. */
  static VenueSeries provisional(String acronym, String fullName, VenueKind kind) {
    return provisional(acronym, fullName, List.of(), kind);
  }

  /**
   * A provisional series written with an acronym a registry series has too ("International
   * Conference on Wirtschaftsinformatik (WI25)", not Web Intelligence): keyed by the acronym and its
   * name together, so that it never shares the registry series' node.
   */
  static VenueSeries provisionalSharingAcronym(String acronym, String fullName, VenueKind kind) {
    return provisional(slugOf(acronym + " " + fullName), acronym, fullName, List.of(), kind, List.of());
  }

  /** A provisional series with other names the statement may mean ("Visual Intelligence" for "Visual Intelligence Journal"). */
  static VenueSeries provisional(String acronym, String fullName, List<String> altNames, VenueKind kind) {
    return provisional(acronym, fullName, altNames, kind, List.of());
  }

  /** A provisional journal with the ISSN its statement gives ("… Computer Science ISSN:2319-7242"). */
  static VenueSeries provisional(String acronym, String fullName, List<String> altNames, VenueKind kind, List<String> issns) {
    return provisional(slugOf(acronym), acronym, fullName, altNames, kind, issns);
  }

  private static VenueSeries provisional(String slug, String acronym, String fullName, List<String> altNames, VenueKind kind, List<String> issns) {
    return new VenueSeries(slug, acronym, fullName, List.of(), altNames, List.of(), Map.of(), List.of(), true, kind, List.of(), issns);
  }

  public boolean journal() {
    return kind == VenueKind.JOURNAL;
  }

  /**
   * Lower-case, every run of non-alphanumerics one {@code -} ({@code ASP-DAC} gives {@code
   * asp-dac}), accents and full-width forms folded first ({@code ÉCOLE} gives {@code ecole}). An
   * acronym with no Latin letter or digit at all ("МФТИ") is keyed by its code points in hex
   * ({@code u41c-424-422-418}), so that two such series never share the empty key.
   */
  static String slugOf(String acronym) {
    String folded = java.text.Normalizer.normalize(java.text.Normalizer.normalize(acronym, java.text.Normalizer.Form.NFKC), java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String s = folded.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (s.isEmpty() && !acronym.isBlank()) {
      s = "u" + acronym.strip().codePoints().mapToObj(Integer::toHexString).collect(java.util.stream.Collectors.joining("-"));
    }
    return s;
  }
}
