package org.papergraph.api.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.papergraph.api.index.PaperIndex.Row;
import org.papergraph.api.index.PaperIndex.Snapshot;

/**
 * A snapshot updated with changed rows ({@link PaperIndex#updated}) is the snapshot built whole
 * from the same rows ({@link PaperIndex#snapshot}): rows in order, rows by IRI, and every posting,
 * over random stores and random runs of writes (papers added, changed, moved in time, removed).
 */
class SnapshotUpdateTest {
  private static final String[] TOPICS = {"t/a", "t/b", "t/c", "t/d", "t/e"};
  private static final String[] SERIES = {"v/icml", "v/acl", "v/jmlr"};

  private static Row row(Random random, int n) {
    String id = "2301.%05d".formatted(n);
    List<PaperIndex.TopicRef> topics = new ArrayList<>();
    for (String t : TOPICS) {
      if (random.nextInt(3) == 0) {
        topics.add(new PaperIndex.TopicRef(t, BigDecimal.ONE, null));
      }
    }
    List<PaperIndex.VenueRef> venues = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      String s = SERIES[random.nextInt(SERIES.length)];
      venues.add(new PaperIndex.VenueRef(s, s + "/2023", 2023));
      if (random.nextInt(4) == 0) {
        // Two editions of one series: the paper is counted once for it.
        venues.add(new PaperIndex.VenueRef(s, s + "/2024", 2024));
      }
    }
    List<String> repositories = random.nextInt(4) == 0 ? List.of("r/" + random.nextInt(5)) : List.of();
    List<String> owners = repositories.isEmpty() ? List.of() : List.of("o/" + random.nextInt(2));
    List<String> parts = !venues.isEmpty() && random.nextInt(3) == 0 ? List.of(venues.get(0).edition() + "/workshop") : List.of();
    // Few dates, so that many rows tie on the date and the id orders them.
    LocalDate created = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(6));
    return new Row(id, "p/" + id, created, null, topics, venues, repositories, owners, parts);
  }

  @Test
  void anUpdatedSnapshotIsTheSnapshotOfTheSameRowsBuiltWhole() {
    for (int seed = 0; seed < 200; seed++) {
      Random random = new Random(seed);
      Map<String, Row> rows = new LinkedHashMap<>();
      int next = 0;
      for (int i = random.nextInt(40); i > 0; i--) {
        Row r = row(random, next++);
        rows.put(r.iri(), r);
      }
      Map<String, String> labels = new TreeMap<>(Map.of("t/a", "A"));
      Snapshot snap = PaperIndex.snapshot(new LinkedHashMap<>(rows), labels);
      // A run of writes on each snapshot in turn, as the index takes them.
      for (int write = 0; write < 30; write++) {
        Set<String> changed = new HashSet<>();
        Map<String, Row> fresh = new HashMap<>();
        List<String> iris = new ArrayList<>(rows.keySet());
        for (int c = random.nextInt(5); c > 0 && !iris.isEmpty(); c--) {
          String iri = iris.get(random.nextInt(iris.size()));
          changed.add(iri);
          if (random.nextBoolean()) {
            // Read again, perhaps with other topics or another date.
            Row again = row(random, Integer.parseInt(iri.substring(iri.indexOf('.') + 1)));
            fresh.put(iri, again);
          }
        }
        for (int a = random.nextInt(4); a > 0; a--) {
          Row r = row(random, next++);
          changed.add(r.iri());
          fresh.put(r.iri(), r);
        }
        // A paper named as changed that no longer exists and never did.
        changed.add("p/missing");

        rows.keySet().removeAll(changed);
        rows.putAll(fresh);
        Snapshot updated = PaperIndex.updated(snap, changed, fresh, labels);
        Snapshot whole = PaperIndex.snapshot(new LinkedHashMap<>(rows), labels);
        String at = "seed " + seed + ", write " + write;
        assertThat(updated.rows()).as(at).isEqualTo(whole.rows());
        assertThat(updated.byIri()).as(at).isEqualTo(whole.byIri()).hasSize(whole.byIri().size());
        assertThat(new HashMap<>(updated.byIri())).as(at).isEqualTo(whole.byIri());
        assertSamePostings(updated.byTopic(), whole.byTopic(), at);
        assertSamePostings(updated.byVenue(), whole.byVenue(), at);
        assertSamePostings(updated.byRepository(), whole.byRepository(), at);
        assertSamePostings(updated.byOwner(), whole.byOwner(), at);
        assertSamePostings(updated.byPart(), whole.byPart(), at);
        snap = updated;
      }
    }
  }

  @Test
  void anOverlayOfManyChangesIsMadeWholeAgainAndReadsTheSame() {
    Map<String, Integer> whole = new HashMap<>();
    for (int i = 0; i < 100; i++) {
      whole.put("k" + i, i);
    }
    Map<String, Integer> map = java.util.Collections.unmodifiableMap(new HashMap<>(whole));
    Random random = new Random(7);
    for (int step = 0; step < 300; step++) {
      Set<String> removed = new HashSet<>();
      Map<String, Integer> added = new HashMap<>();
      for (int c = random.nextInt(4); c > 0; c--) {
        removed.add("k" + random.nextInt(150));
      }
      for (int c = random.nextInt(4); c > 0; c--) {
        added.put("k" + random.nextInt(150), step);
      }
      whole.keySet().removeAll(removed);
      whole.putAll(added);
      map = OverlayMap.with(map, removed, added);
      assertThat(map).as("step " + step).isEqualTo(whole).hasSize(whole.size());
      for (int i = 0; i < 150; i++) {
        assertThat(map.containsKey("k" + i)).isEqualTo(whole.containsKey("k" + i));
        assertThat(map.get("k" + i)).isEqualTo(whole.get("k" + i));
      }
    }
  }

  private static void assertSamePostings(Map<String, int[]> updated, Map<String, int[]> whole, String at) {
    assertThat(updated.keySet()).as(at).isEqualTo(whole.keySet());
    whole.forEach((key, positions) -> assertThat(updated.get(key)).as(at + ", " + key).containsExactly(positions));
  }
}
