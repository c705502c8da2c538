package newsdesk.local;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import newsdesk.extract.Extractor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code newsdesk} command line, what the {@code ./newsdesk} script at the project root runs:
 * {@code serve} runs the whole system locally, {@code extract} turns page files into articles.
 * The process exits with the subcommand's status; a usage error exits with 2.
 */
@Command(
    name = "newsdesk",
    mixinStandardHelpOptions = true,
    versionProvider = Newsdesk.Version.class,
    description = "Turns raw news pages into structured articles.",
    subcommands = {ServeCommand.class, ExtractCommand.class, FeedsCommand.class, CommandLine.HelpCommand.class})
public final class Newsdesk implements Runnable {

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  static CommandLine commandLine() {
    return new CommandLine(new Newsdesk());
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing a command: try 'newsdesk serve'.");
  }

  /** The build's version, from the Maven descriptor in the jar ({@code dev} when run from classes). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      String version = "dev";
      try (InputStream in = Newsdesk.class.getResourceAsStream(
          "/META-INF/maven/dev.newsdesk/newsdesk-local/pom.properties")) {
        if (in != null) {
          Properties pom = new Properties();
          pom.load(in);
          version = pom.getProperty("version", version);
        }
      }
      return new String[] {
          "newsdesk " + version,
          "extractor " + Extractor.VERSION,
          "Java " + Runtime.version() + " (" + System.getProperty("java.vm.name") + ")"};
    }
  }
}
