package org.papergraph.api.repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.papergraph.api.index.EntityCatalog;
import org.papergraph.api.index.PaperIndex;
import org.papergraph.api.index.Profiles;
import org.papergraph.api.index.ViewCache;
import org.papergraph.api.index.ViewQueries;
import org.papergraph.api.web.EntityIds;
import org.papergraph.api.web.Link;
import org.papergraph.api.web.Links;
import org.papergraph.api.index.Selects;
import org.papergraph.core.vocab.Vocabularies;
import org.springframework.stereotype.Service;

/** Code repositories and the owners' lab view. */
@Service
class RepositoryService {
  static final int MAX_LIMIT = 100;

  private static final String PROLOGUE = Vocabularies.sparqlPrologue();
  private static final Query REPOSITORIES = QueryFactory.create(PROLOGUE + """
      SELECT ?r ?url ?name ?host ?o WHERE {
        ?r a schema:SoftwareSourceCode .
        OPTIONAL { ?r schema:codeRepository ?url }
        OPTIONAL { ?r schema:name ?name }
        OPTIONAL { ?r pg:host ?host }
        OPTIONAL { ?r pg:owner ?o }
      }""");
  private static final String LINKS = PROLOGUE + """
      SELECT ?p ?relation WHERE {
        { ?p pg:hasOfficialRepository ?repo BIND("official" AS ?relation) }
        UNION { ?p pg:mentionsRepository ?repo BIND("mentioned" AS ?relation) }
      }""";
  private static final String OWNER = PROLOGUE + """
      SELECT ?account ?url WHERE { OPTIONAL { ?owner foaf:accountName ?account } OPTIONAL { ?owner schema:url ?url } }""";

  record Entry(String iri, String url, String name, String host, String owner) {}

  private final ViewQueries queries;
  private final PaperIndex index;
  private final ViewCache cache;
  private final EntityIds ids;
  private final Links links;
  private final EntityCatalog<Entry> repositories;

  RepositoryService(ViewQueries queries, PaperIndex index, ViewCache cache, EntityIds ids, Links links) {
    this.queries = queries;
    this.index = index;
    this.cache = cache;
    this.ids = ids;
    this.links = links;
    this.repositories = new EntityCatalog<>("repository", cache, index, this::read, PaperIndex.Snapshot::byRepository, null);
  }

  /** Repositories, most papers first, optionally of one owner. */
  List<RepositoryViews.Summary> list(String ownerIri, int limit) {
    return repositories.mostPapersFirst(
        e -> ownerIri == null || ownerIri.equals(e.owner()), Comparator.comparing(Entry::iri), limit, this::summary);
  }

  Optional<RepositoryViews.Repository> find(String host, String owner, String name) {
    String iri = ids.repositoryIri("repository", host, owner, name);
    Entry e = repositories.entries().get(iri);
    if (e == null) {
      return Optional.empty();
    }
    PaperIndex.Snapshot snap = index.snapshot();
    Map<String, String> relation = new TreeMap<>();
    queries.forEach(LINKS, "repo", iri, s -> relation.merge(s.getResource("p").getURI(), s.getLiteral("relation").getString(),
        (a, b) -> a.equals("official") || b.equals("official") ? "official" : a));
    List<RepositoryViews.PaperLink> papers = new ArrayList<>();
    for (PaperIndex.Row r : snap.rows()) {
      String rel = relation.get(r.iri());
      if (rel != null) {
        papers.add(new RepositoryViews.PaperLink(links.paper(r.id(), r.title()), rel));
      }
    }
    return Optional.of(new RepositoryViews.Repository(
        ids.repositoryId(iri), iri, e.url(), e.name(), e.host(), e.owner() == null ? null : links.owner(e.owner()), papers));
  }

  List<RepositoryViews.OwnerSummary> owners(int limit) {
    Map<String, Long> repos = new HashMap<>();
    repositories.entries().values().stream().filter(e -> e.owner() != null).forEach(e -> repos.merge(e.owner(), 1L, Long::sum));
    Map<String, Long> papers = PaperIndex.Snapshot.counts(index.snapshot().byOwner());
    return repos.keySet().stream()
        .sorted(Comparator.comparing((String o) -> papers.getOrDefault(o, 0L)).reversed().thenComparing(o -> o))
        .limit(limit)
        .map(o -> new RepositoryViews.OwnerSummary(ids.ownerId(o), o, repos.get(o), papers.getOrDefault(o, 0L), links.owner(o).href()))
        .toList();
  }

  /** The lab view: an owner's repositories, the papers that link to them, their topics and venues. */
  Optional<RepositoryViews.Owner> owner(String host, String account) {
    String iri = ids.ownerIri("owner", host, account);
    return cache.get("owner:" + iri, () -> computeOwner(iri));
  }

  private Optional<RepositoryViews.Owner> computeOwner(String iri) {
    List<RepositoryViews.Summary> repos = list(iri, Integer.MAX_VALUE);
    if (repos.isEmpty()) {
      return Optional.empty();
    }
    PaperIndex.Snapshot snap = index.snapshot();
    List<PaperIndex.Row> papers = snap.rowsAt(snap.ofOwner(iri));
    String[] fields = new String[2];
    queries.forEach(OWNER, "owner", iri, s -> {
      fields[0] = fields[0] == null ? Selects.lexical(s.get("account")) : fields[0];
      fields[1] = fields[1] == null && s.get("url") != null ? s.getResource("url").getURI() : fields[1];
    });
    return Optional.of(new RepositoryViews.Owner(
        ids.ownerId(iri), iri, fields[0], fields[1], repos,
        papers.stream().map(r -> links.paper(r.id(), r.title())).toList(),
        Profiles.topics(snap, links, papers),
        Profiles.venues(snap, links, papers)));
  }

  private RepositoryViews.Summary summary(Entry e, long papers) {
    Link self = links.repository(e.iri());
    return new RepositoryViews.Summary(self.id(), e.iri(), e.url(), e.name(), e.owner() == null ? null : links.owner(e.owner()),
        papers, self.href());
  }

  /** The repositories, each with the first of its values the store gives. */
  private Map<String, Entry> read() {
    Map<String, Entry> out = new LinkedHashMap<>();
    queries.forEach(REPOSITORIES, s -> {
      String r = s.getResource("r").getURI();
      RDFNode url = s.get("url");
      RDFNode owner = s.get("o");
      out.putIfAbsent(r, new Entry(r, url == null ? null : url.isLiteral() ? Selects.lexical(url) : url.asResource().getURI(),
          Selects.lexical(s.get("name")), Selects.lexical(s.get("host")), owner == null || !owner.isURIResource() ? null : owner.asResource().getURI()));
    });
    return out;
  }


}
