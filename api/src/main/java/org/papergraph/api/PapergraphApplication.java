package org.papergraph.api;

import org.papergraph.api.cli.PapergraphCommandLine;
import org.papergraph.api.cli.UsageException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Papergraph service: SPARQL, REST and linked data over the paper graph. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PapergraphApplication {
  public static void main(String[] args) {
    if (PapergraphCommandLine.handles(args)) {
      System.exit(PapergraphCommandLine.run(args));
    }
    String[] serverArgs;
    try {
      serverArgs = PapergraphCommandLine.serverArguments(args);
    } catch (UsageException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    SpringApplication.run(PapergraphApplication.class, serverArgs);
  }
}
