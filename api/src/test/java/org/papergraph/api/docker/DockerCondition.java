package org.papergraph.api.docker;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/** See {@link RequiresDocker}. */
final class DockerCondition implements ExecutionCondition {
  private static final Logger log = LoggerFactory.getLogger(DockerCondition.class);
  static final String REQUIRE_DOCKER = "PAPERGRAPH_REQUIRE_DOCKER";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (DockerClientFactory.instance().isDockerAvailable()) {
      return ConditionEvaluationResult.enabled("a Docker engine is available");
    }
    if (Boolean.parseBoolean(System.getenv(REQUIRE_DOCKER))) {
      throw new IllegalStateException(REQUIRE_DOCKER + " is true but no Docker engine answers"
          + " (DOCKER_HOST or /var/run/docker.sock): the container tests cannot run");
    }
    String reason = "Skipped: no Docker engine answers (DOCKER_HOST or /var/run/docker.sock), so"
        + " the container tests of docker/ cannot run here. Start a Docker engine to run them"
        + " (CI does, see .ci/run).";
    // Also in the build output, where a skip count alone says nothing about why.
    log.warn("{}: {}", context.getDisplayName(), reason);
    return ConditionEvaluationResult.disabled(reason);
  }
}
