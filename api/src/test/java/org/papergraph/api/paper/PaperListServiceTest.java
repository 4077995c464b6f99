package org.papergraph.api.paper;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.api.index.PaperIndex;

/** The keyset paging of the paper list: each sort's order, and pages that start after the cursor. */
class PaperListServiceTest {
  private static PaperListService.Scored paper(String id, String date, float score) {
    return new PaperListService.Scored(
        new PaperIndex.Row(id, "http://example.org/id/paper/" + id, LocalDate.parse(date), null, List.of(), List.of(), List.of(), List.of(), List.of()),
        score);
  }

  private final List<PaperListService.Scored> papers = List.of(
      paper("2201.00003", "2022-01-03", 1.0f),
      paper("2201.00002", "2022-01-02", 2.5f),
      paper("2201.00001", "2022-01-02", 2.5f),
      paper("2112.00009", "2021-12-31", 0.5f));

  private static List<String> ids(List<PaperListService.Scored> scored) {
    return scored.stream().map(s -> s.row().id()).toList();
  }

  @Test
  void eachSortHasOneTotalOrderBrokenByDateThenId() {
    List<PaperListService.Scored> byRelevance = new ArrayList<>(papers);
    byRelevance.sort(PaperListService.order("relevance"));
    // Equal scores: the newer first; same day: the higher id first, as in the date order.
    assertThat(ids(byRelevance)).containsExactly("2201.00002", "2201.00001", "2201.00003", "2112.00009");
    List<PaperListService.Scored> newest = new ArrayList<>(papers);
    newest.sort(PaperListService.order("date"));
    assertThat(ids(newest)).containsExactly("2201.00003", "2201.00002", "2201.00001", "2112.00009");
    List<PaperListService.Scored> oldest = new ArrayList<>(papers);
    oldest.sort(PaperListService.order("date:asc"));
    assertThat(ids(oldest)).containsExactly("2112.00009", "2201.00001", "2201.00002", "2201.00003");
  }

  @Test
  void aPageTakesWhatFollowsTheCursorAndSaysWhetherMoreFollow() {
    List<PaperListService.Scored> sorted = new ArrayList<>(papers);
    sorted.sort(PaperListService.order("relevance"));
    PaperListService.Page first = fill(new PaperListService.Page(2, "relevance", null), sorted);
    assertThat(ids(first.items)).containsExactly("2201.00002", "2201.00001");
    assertThat(first.more).isTrue();

    PaperListService.Scored last = first.items.get(1);
    Cursor cursor = Cursor.decode(new Cursor("relevance", last.score(), last.row().created(), last.row().id()).encode(), "relevance");
    PaperListService.Scored after = new PaperListService.Scored(PaperListService.keyRow(cursor), cursor.score());
    PaperListService.Page second = fill(new PaperListService.Page(2, "relevance", after), sorted);
    assertThat(ids(second.items)).containsExactly("2201.00003", "2112.00009");
    assertThat(second.more).isFalse();
  }

  @Test
  void aCursorToAPaperDeletedSinceStillMarksThePlace() {
    List<PaperListService.Scored> sorted = new ArrayList<>(papers);
    sorted.sort(PaperListService.order("date"));
    // The page ended at 2201.00002, which is gone now: the next page starts after its key.
    Cursor gone = new Cursor("date", 0, LocalDate.parse("2022-01-02"), "2201.00002");
    List<PaperListService.Scored> remaining = sorted.stream().filter(s -> !s.row().id().equals("2201.00002")).toList();
    PaperListService.Page next = fill(new PaperListService.Page(5, "date", new PaperListService.Scored(PaperListService.keyRow(gone), 0)), remaining);
    assertThat(ids(next.items)).containsExactly("2201.00001", "2112.00009");
  }

  private static PaperListService.Page fill(PaperListService.Page page, List<PaperListService.Scored> sorted) {
    for (PaperListService.Scored s : sorted) {
      if (!page.offer(s)) {
        break;
      }
    }
    return page;
  }
}
