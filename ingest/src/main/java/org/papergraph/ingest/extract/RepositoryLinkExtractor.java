package org.papergraph.ingest.extract;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds code repositories in URLs and free text, and folds the many ways of writing one
 * repository ({@code www.}, {@code .git}, trailing {@code /} or sentence period, {@code /tree/...},
 * {@code #readme}, case) into one {@link RepositoryRef}.
 */
public final class RepositoryLinkExtractor {
  private static final Pattern REPO_URL =
      Pattern.compile(
          "(?i)(?<![\\w.-])(?:https?://)?(?:www\\.)?(github\\.com|gitlab\\.com|bitbucket\\.org)/"
              + "([A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9_])?)/([A-Za-z0-9_.-]+)");

  // First path segments that are site pages, not accounts.
  private static final Set<String> RESERVED_OWNERS =
      Set.of("orgs", "topics", "features", "sponsors", "marketplace", "settings", "explore", "about", "pricing", "login", "site", "collections", "apps", "users", "search");

  private RepositoryLinkExtractor() {}

  /** The repository a code-link URL names, or empty when it names none. */
  public static Optional<RepositoryRef> fromUrl(String url) {
    Set<RepositoryRef> found = fromText(url);
    return found.stream().findFirst();
  }

  /** Every distinct repository named in a text, in order of first mention. */
  public static Set<RepositoryRef> fromText(String text) {
    Set<RepositoryRef> refs = new LinkedHashSet<>();
    if (text == null) {
      return refs;
    }
    Matcher m = REPO_URL.matcher(text);
    while (m.find()) {
      String host = hostOf(m.group(1));
      String owner = m.group(2);
      String name = stripName(m.group(3));
      if (name.isEmpty() || RESERVED_OWNERS.contains(owner.toLowerCase(Locale.ROOT))) {
        continue;
      }
      refs.add(new RepositoryRef(host, owner, name));
    }
    return refs;
  }

  private static String stripName(String raw) {
    String name = raw;
    // Sentence punctuation after a URL is not part of it; neither is a ".git" suffix.
    while (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    if (name.toLowerCase(Locale.ROOT).endsWith(".git")) {
      name = name.substring(0, name.length() - 4);
    }
    while (name.endsWith(".")) {
      name = name.substring(0, name.length() - 1);
    }
    return name;
  }

  private static String hostOf(String domain) {
    String d = domain.toLowerCase(Locale.ROOT);
    if (d.startsWith("github")) {
      return "github";
    }
    if (d.startsWith("gitlab")) {
      return "gitlab";
    }
    return "bitbucket";
  }
}
