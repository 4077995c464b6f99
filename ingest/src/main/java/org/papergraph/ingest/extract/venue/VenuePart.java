package org.papergraph.ingest.extract.venue;

import java.util.Objects;

/**
 * A part of a host conference's edition that a statement names: a workshop held at it ("Workshop
 * on Efficient Large Vision Models" at CVPR 2025, "CVSports@CVPR'25") or a track of it ("Findings"
 * of ACL 2025). The paper is presented at the part, which is part of the host's edition.
 *
 * @param kind a workshop or a track
 * @param acronym the part's own acronym as the text writes it (CVSports), or null
 * @param name its name as the text writes it ("Workshop on Autonomous Driving", "Findings"), or
 *     null when the text gives an acronym only
 */
public record VenuePart(Kind kind, String acronym, String name) {
  /** What the part is. */
  public enum Kind {
    WORKSHOP,
    TRACK
  }

  public VenuePart {
    Objects.requireNonNull(kind, "kind");
    if (acronym == null && name == null) {
      throw new IllegalArgumentException("a venue part needs an acronym or a name");
    }
  }

  /** The Findings track of ACL, EMNLP, NAACL and the like. */
  public static VenuePart findings() {
    return new VenuePart(Kind.TRACK, null, "Findings");
  }

  /** The IRI key within the host edition: the acronym, else the name, lower-case and hyphenated. */
  public String slug() {
    return VenueSeries.slugOf(acronym != null ? acronym : name);
  }

  /** The label: the acronym, else the name. */
  public String label() {
    return acronym != null ? acronym : name;
  }
}
