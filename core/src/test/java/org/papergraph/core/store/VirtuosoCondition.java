package org.papergraph.core.store;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** See {@link RequiresVirtuoso}. */
public final class VirtuosoCondition implements ExecutionCondition {
  private static final Logger log = LoggerFactory.getLogger(VirtuosoCondition.class);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    var installed = VirtuosoServer.installation();
    if (installed.isPresent()) {
      return ConditionEvaluationResult.enabled("Virtuoso is installed: " + installed.get().server());
    }
    if (Boolean.parseBoolean(System.getenv(VirtuosoServer.REQUIRE_ENV))) {
      throw new IllegalStateException(VirtuosoServer.REQUIRE_ENV + " is true but " + VirtuosoServer.notInstalledReason());
    }
    // Also in the build output, where a skip count alone says nothing about why.
    log.warn("{}: {}", context.getDisplayName(), VirtuosoServer.notInstalledReason());
    return ConditionEvaluationResult.disabled(VirtuosoServer.notInstalledReason());
  }
}
