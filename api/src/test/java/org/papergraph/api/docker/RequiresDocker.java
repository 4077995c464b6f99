package org.papergraph.api.docker;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated tests only where a Docker engine answers and a Java base image for the
 * images of docker/ can be had, without a registry if need be ({@link BaseImageChoice});
 * elsewhere they are skipped with a message saying why and how to run them. With the
 * environment variable {@code PAPERGRAPH_REQUIRE_DOCKER=true} (set by CI) a skip is an error
 * instead, so that CI cannot pass by skipping them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DockerCondition.class)
@interface RequiresDocker {}
