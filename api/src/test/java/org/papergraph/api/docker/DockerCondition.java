package org.papergraph.api.docker;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** See {@link RequiresDocker}. */
final class DockerCondition implements ExecutionCondition {
  private static final Logger log = LoggerFactory.getLogger(DockerCondition.class);

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    BaseImageChoice.Outcome outcome = ContainerImages.baseImageOutcome();
    if (outcome instanceof BaseImageChoice.Outcome.Use use) {
      return ConditionEvaluationResult.enabled("a Docker engine answers; base image " + use.image());
    }
    if (outcome instanceof BaseImageChoice.Outcome.Skip skip) {
      // Also in the build output, where a skip count alone says nothing about why.
      log.warn("{}: {}", context.getDisplayName(), skip.reason());
      return ConditionEvaluationResult.disabled(skip.reason());
    }
    if (outcome instanceof BaseImageChoice.Outcome.Fail fail) {
      throw new IllegalStateException(fail.reason());
    }
    throw new IllegalStateException("the container tests' base image is undecided: " + outcome);
  }
}
