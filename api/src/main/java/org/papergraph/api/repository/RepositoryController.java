package org.papergraph.api.repository;

import java.util.List;
import org.papergraph.api.web.EntityIds;
import org.papergraph.api.web.Limits;
import org.papergraph.api.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Code repositories and their owners as JSON. */
@RestController
class RepositoryController {
  private final RepositoryService repositories;
  private final EntityIds ids;

  RepositoryController(RepositoryService repositories, EntityIds ids) {
    this.repositories = repositories;
    this.ids = ids;
  }

  /** Repositories, most papers first; {@code owner} (host/account) keeps one owner's. */
  @GetMapping("/api/repositories")
  List<RepositoryViews.Summary> list(
      @RequestParam(name = "owner", required = false) String owner, @RequestParam(name = "limit", defaultValue = "25") String limit) {
    return repositories.list(owner == null ? null : ids.ownerIri("owner", owner), Limits.parse(limit, RepositoryService.MAX_LIMIT));
  }

  @GetMapping("/api/repositories/{host}/{owner}/{name}")
  RepositoryViews.Repository repository(@PathVariable("host") String host, @PathVariable("owner") String owner, @PathVariable("name") String name) {
    return repositories.find(host, owner, name)
        .orElseThrow(() -> new NotFoundException("no repository " + host + "/" + owner + "/" + name));
  }

  @GetMapping("/api/owners")
  List<RepositoryViews.OwnerSummary> owners(@RequestParam(name = "limit", defaultValue = "25") String limit) {
    return repositories.owners(Limits.parse(limit, RepositoryService.MAX_LIMIT));
  }

  @GetMapping("/api/owners/{host}/{owner}")
  RepositoryViews.Owner owner(@PathVariable("host") String host, @PathVariable("owner") String owner) {
    return repositories.owner(host, owner).orElseThrow(() -> new NotFoundException("no repository owner " + host + "/" + owner));
  }
}
