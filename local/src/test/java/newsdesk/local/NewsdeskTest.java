package newsdesk.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NewsdeskTest {

  @Test
  void versionAndHelpExitZeroAndAMissingCommandIsAUsageError() {
    StringWriter out = new StringWriter();
    CommandLine cli = Newsdesk.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));

    assertThat(cli.execute("--version")).isZero();
    assertThat(out.toString()).contains("newsdesk ").contains("extractor ");
    assertThat(cli.execute("serve", "--help")).isZero();
    assertThat(out.toString()).contains("--poll-interval").contains("--inbox");
    assertThat(cli.execute("extract", "--help")).isZero();
    assertThat(out.toString()).contains("--format");
    assertThat(cli.execute()).isEqualTo(2);
    assertThat(cli.execute("serve", "--poll-interval", "soon")).isEqualTo(2);
  }

  @Test
  void serveDefaultsToTheReadmeSetUp() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs();

    assertThat(serve.port).isEqualTo(3000);
    assertThat(serve.bind).isEqualTo("127.0.0.1");
    assertThat(serve.data).isEqualTo(Path.of("data"));
    assertThat(serve.inbox).isEqualTo(Path.of("inbox"));
    assertThat(serve.pollInterval).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void pollIntervalsReadAsPeopleWriteThem() {
    ServeCommand.IntervalConverter convert = new ServeCommand.IntervalConverter();

    assertThat(convert.convert("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(convert.convert("45")).isEqualTo(Duration.ofSeconds(45));
    assertThat(convert.convert("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(convert.convert("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(convert.convert("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(convert.convert("PT2M")).isEqualTo(Duration.ofMinutes(2));
    assertThatThrownBy(() -> convert.convert("0s")).isInstanceOf(CommandLine.TypeConversionException.class);
    assertThatThrownBy(() -> convert.convert("later")).isInstanceOf(CommandLine.TypeConversionException.class);
  }
}
