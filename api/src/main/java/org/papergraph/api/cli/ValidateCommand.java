package org.papergraph.api.cli;

import java.util.concurrent.Callable;
import org.papergraph.core.shacl.StoreValidator;
import org.papergraph.core.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks every record graph in the store against the SHACL shapes and reports each violation.",
      "Exits with 0 when the store conforms, 1 when it does not."
    })
final class ValidateCommand implements Callable<Integer> {
  @ParentCommand PapergraphCommandLine parent;
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    try (GraphStore store = parent.openStore()) {
      StoreValidator.Report report = new StoreValidator(store).validate();
      spec.commandLine().getOut().print(report.toText());
      spec.commandLine().getOut().flush();
      return report.conforms() ? PapergraphCommandLine.EXIT_OK : PapergraphCommandLine.EXIT_REJECTS;
    }
  }
}
