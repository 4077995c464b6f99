package org.papergraph.ingest.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One spelling for each repository and each owner account named in one record. Code hosts compare
 * owner and repository names without regard to case, so {@code github.com/mol-group/GraphMol} and
 * {@code github.com/Mol-Group/graphmol} are one repository; its node must carry one name, and its
 * owner one account name. The first spelling met wins, in the order the links are given.
 */
public final class RepositorySpelling {
  private final Map<String, RepositoryRef> repositories = new HashMap<>();
  private final Map<String, String> owners = new HashMap<>();

  /** Notes the spelling of {@code ref} unless its repository or owner was met before. */
  public void meet(RepositoryRef ref) {
    repositories.putIfAbsent(ref.key(), ref);
    owners.putIfAbsent(ownerKey(ref), ref.owner());
  }

  /** {@code ref} spelled as first met; a repository never met keeps its own spelling. */
  public RepositoryRef of(RepositoryRef ref) {
    RepositoryRef first = repositories.getOrDefault(ref.key(), ref);
    return new RepositoryRef(first.host(), owners.getOrDefault(ownerKey(first), first.owner()), first.name());
  }

  private static String ownerKey(RepositoryRef ref) {
    return (ref.host() + "/" + ref.owner()).toLowerCase(Locale.ROOT);
  }
}
