package org.papergraph.api.docker;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/** See {@link RequiresDocker}. */
final class DockerCondition implements ExecutionCondition {
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
    return ConditionEvaluationResult.disabled("Skipped: no Docker engine answers (DOCKER_HOST or"
        + " /var/run/docker.sock), so the container tests of docker/ cannot run here."
        + " Start a Docker engine to run them (CI does, see .ci/run).");
  }
}
