package org.papergraph.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The default data loaded into a new store.
 *
 * @param enabled whether to load the seeds on the first start against a store never seeded
 *     (default true)
 * @param records the seed records in the paper record format (default the ten bundled records)
 */
@ConfigurationProperties("papergraph.seeds")
public record SeedProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("classpath:seeds/papers.txt") Resource records) {}
