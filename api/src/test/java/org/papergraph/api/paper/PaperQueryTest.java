package org.papergraph.api.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.papergraph.api.index.PaperIndex;
import org.papergraph.api.web.BadRequestException;
import org.papergraph.api.web.EntityIds;
import org.papergraph.core.Iris;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

class PaperQueryTest {
  private final Iris iris = new Iris("http://example.org/");
  private final EntityIds ids = new EntityIds(iris);

  @Test
  void noParametersMeansNewestFirstWithEveryFacet() {
    PaperQuery q = parse();
    assertThat(q.sort()).isEqualTo("date");
    assertThat(q.perPage()).isEqualTo(PaperQuery.DEFAULT_PAGE);
    assertThat(q.facets()).containsExactlyElementsOf(PaperQuery.FACETS);
    assertThat(q.filtersDatesOrCode()).isFalse();
    assertThat(q.cursor()).isNull();
  }

  @Test
  void commaSeparatedAndRepeatedValuesAreAlternatives() {
    PaperQuery q = parse("topic", "a,b", "topic", "c", "venue", "neurips", "owner", "github/VITA-Group");
    assertThat(q.topics()).containsExactly(iris.topic("a"), iris.topic("b"), iris.topic("c"));
    assertThat(q.venues()).containsExactly(iris.venue("neurips"));
    assertThat(q.owners()).containsExactly(iris.owner("github", "vita-group"));
  }

  @Test
  void aTextQueryRanksByRelevanceUnlessSortIsGiven() {
    assertThat(parse("q", "graph neural").sort()).isEqualTo("relevance");
    assertThat(parse("q", "graph neural", "sort", "date:asc").sort()).isEqualTo("date:asc");
  }

  @Test
  void partialDatesMeanTheFirstOrLastDay() {
    PaperQuery q = parse("from", "2022", "to", "2023-02");
    assertThat(q.from()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(q.to()).isEqualTo(LocalDate.of(2023, 2, 28));
    assertThat(parse("to", "2024").to()).isEqualTo(LocalDate.of(2024, 12, 31));
  }

  @Test
  void datesYearsAndCodeFilterRows() {
    PaperIndex.Row with = row(LocalDate.of(2022, 6, 1), List.of("repo"));
    PaperIndex.Row without = row(LocalDate.of(2023, 6, 1), List.of());
    PaperQuery q = parse("year", "2022", "hasCode", "true");
    assertThat(q.filtersDatesOrCode()).isTrue();
    assertThat(q.matchesDatesAndCode(with)).isTrue();
    assertThat(q.matchesDatesAndCode(without)).isFalse();
    PaperQuery range = parse("from", "2022-06-02", "to", "2023-06-01");
    assertThat(range.matchesDatesAndCode(with)).isFalse();
    assertThat(range.matchesDatesAndCode(without)).isTrue();
    assertThat(parse("hasCode", "false").matchesDatesAndCode(without)).isTrue();
  }

  @Test
  void theFilterKeyIgnoresOrderButNotContent() {
    assertThat(parse("topic", "a,b", "year", "2022").filterKey()).isEqualTo(parse("year", "2022", "topic", "b,a").filterKey());
    assertThat(parse("topic", "a").filterKey()).isNotEqualTo(parse("venue", "a").filterKey());
    assertThat(parse("q", "graph").filterKey()).isNotEqualTo(parse("q", "graphs").filterKey());
  }

  @Test
  void aCursorMustBelongToTheRequestedSort() {
    String token = new Cursor("date", 0, LocalDate.of(2022, 1, 1), "2201.00001").encode();
    assertThat(parse("cursor", token).cursor().id()).isEqualTo("2201.00001");
    assertThatThrownBy(() -> parse("cursor", token, "sort", "date:asc")).isInstanceOf(BadRequestException.class);
  }

  @Test
  void everyBadParameterIsABadRequestNamingIt() {
    String[][] cases = {
      {"limit", "5"},
      {"topic", "Not A Slug"},
      {"topic", "a,,b"},
      {"owner", "github"},
      {"year", "22"},
      {"from", "2022-13"},
      {"from", "2023", "to", "2022"},
      {"hasCode", "yes"},
      {"q", "  ...  "},
      {"sort", "title"},
      {"sort", "relevance"},
      {"perPage", "0"},
      {"perPage", "101"},
      {"perPage", "ten"},
      {"facets", "author"},
      {"sort", "date", "sort", "date"},
    };
    for (String[] c : cases) {
      assertThatThrownBy(() -> parse(c))
          .as("%s", String.join("=", c))
          .isInstanceOf(BadRequestException.class)
          .hasMessageContaining(c[0]);
    }
  }

  private PaperQuery parse(String... nameValues) {
    MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      params.add(nameValues[i], nameValues[i + 1]);
    }
    return PaperQuery.parse(params, ids);
  }

  private static PaperIndex.Row row(LocalDate created, List<String> repositories) {
    return new PaperIndex.Row("2201.00001", "http://example.org/id/paper/2201.00001", created, null,
        List.of(), List.of(), repositories, List.of(), List.of());
  }
}
