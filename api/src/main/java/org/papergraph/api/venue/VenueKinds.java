package org.papergraph.api.venue;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.papergraph.core.vocab.BIBO;

/**
 * What kind of venue an entity is, from its types and name (docs/model.md): a journal
 * ({@code bibo:Journal}), a workshop (a {@code bibo:Workshop} held at an edition, or a series whose
 * name says it is a workshop: "IEEE International Workshop on Multimedia Signal Processing"), or a
 * conference (any other event series).
 */
public final class VenueKinds {
  public static final String CONFERENCE = "conference";
  public static final String WORKSHOP = "workshop";
  public static final String JOURNAL = "journal";
  public static final List<String> ALL = List.of(CONFERENCE, WORKSHOP, JOURNAL);

  private static final Pattern WORKSHOP_NAME = Pattern.compile("\\bworkshops?\\b");

  private VenueKinds() {}

  /** The kind of an entity with types {@code typeIris} and full name {@code name} (may be null). */
  public static String of(Collection<String> typeIris, String name) {
    if (typeIris.contains(BIBO.Journal.getURI())) {
      return JOURNAL;
    }
    if (typeIris.contains(BIBO.Workshop.getURI()) || (name != null && WORKSHOP_NAME.matcher(name.toLowerCase(Locale.ROOT)).find())) {
      return WORKSHOP;
    }
    return CONFERENCE;
  }
}
