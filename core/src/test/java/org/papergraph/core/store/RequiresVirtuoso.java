package org.papergraph.core.store;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated tests only where Virtuoso is installed ({@link VirtuosoServer#installation()});
 * elsewhere they are skipped with a message saying why and how to run them. With the environment
 * variable {@code PAPERGRAPH_REQUIRE_VIRTUOSO=true} (set by CI) a missing Virtuoso is an error
 * instead, so that CI cannot pass by skipping them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(VirtuosoCondition.class)
public @interface RequiresVirtuoso {}
