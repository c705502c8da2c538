package newsdesk.local;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import newsdesk.article.ArticleJson;
import newsdesk.feed.Feed;
import newsdesk.feed.FeedRegistry;
import newsdesk.feed.parse.FeedDocument;
import newsdesk.feed.parse.FeedItem;
import newsdesk.feed.parse.NotAFeedException;
import newsdesk.feed.parse.ParsedFeed;
import newsdesk.local.store.EmbeddedDatabase;
import newsdesk.local.store.EmbeddedFeedStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code newsdesk feeds …}: the feed registry of the local store ({@link FeedRegistry}: list, add,
 * remove, enable, OPML import and export) and {@code parse}, which prints what the poller would read
 * from a feed file. The store is the one {@code serve} uses ({@code --data}); it is opened
 * exclusively, so registry commands run while {@code serve} is stopped. Exit status 0 on success,
 * 1 on a failure (unreadable file, not a feed, unknown feed), 2 on a usage error.
 */
@Command(
    name = "feeds",
    mixinStandardHelpOptions = true,
    description = "Manages the subscribed feeds in the local store, and parses feed files for debugging.",
    subcommands = {
        FeedsCommand.ListFeeds.class, FeedsCommand.Add.class, FeedsCommand.Remove.class, FeedsCommand.Enable.class,
        FeedsCommand.Import.class, FeedsCommand.Export.class, FeedsCommand.Parse.class})
public final class FeedsCommand implements Callable<Integer> {

  @Option(names = "--data", defaultValue = "data", scope = ScopeType.INHERIT,
      description = "Folder of the embedded store (default: ./${DEFAULT-VALUE}).")
  Path data;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 2;
  }

  /**
   * Runs {@code work} on the registry of the store in {@code --data}; a refusal by the registry
   * (bad URL, not OPML) is printed as {@code newsdesk feeds <command>: <why>} with status 1.
   */
  int withRegistry(String command, RegistryWork work) throws IOException {
    Files.createDirectories(data);
    PrintWriter err = spec.commandLine().getErr();
    try (EmbeddedDatabase db = EmbeddedDatabase.inDirectory(data)) {
      return work.run(new FeedRegistry(new EmbeddedFeedStore(db)), spec.commandLine().getOut(), err);
    } catch (IllegalArgumentException e) {
      err.println("newsdesk feeds " + command + ": " + e.getMessage());
      return 1;
    }
  }

  @FunctionalInterface
  interface RegistryWork {
    int run(FeedRegistry registry, PrintWriter out, PrintWriter err) throws IOException;
  }

  @Command(name = "list", description = "Lists the feeds with their polling state.")
  static final class ListFeeds implements Callable<Integer> {
    @ParentCommand
    FeedsCommand parent;

    @Override
    public Integer call() throws IOException {
      return parent.withRegistry("list", (registry, out, err) -> {
        for (Feed f : registry.list()) {
          out.println(f.id() + "\t" + f.url() + "\t" + (f.title() == null ? "" : f.title()) + "\t"
              + (f.disabledReason() != null ? "DISABLED: " + f.disabledReason()
                  : "next " + (f.nextPoll() == null ? "now" : f.nextPoll())
                      + (f.consecutiveErrors() > 0 ? ", " + f.consecutiveErrors() + " errors, last: " + f.lastError() : "")));
        }
        return 0;
      });
    }
  }

  @Command(name = "add", description = "Subscribes to a feed URL (again: no change).")
  static final class Add implements Callable<Integer> {
    @ParentCommand
    FeedsCommand parent;

    @Parameters(paramLabel = "URL")
    String url;

    @Option(names = "--title")
    String title;

    @Option(names = "--id", description = "Feed id (default: derived from the URL).")
    String id;

    @Override
    public Integer call() throws IOException {
      return parent.withRegistry("add", (registry, out, err) -> {
        FeedRegistry.Added added = registry.add(url, title, id);
        out.println((added.created() ? "added " : "already registered ") + added.feed().id() + "\t" + added.feed().url());
        return 0;
      });
    }
  }

  /** A registry command on one feed id: says what it did, or that there is no such feed (status 1). */
  abstract static class OnOneFeed implements Callable<Integer> {
    @ParentCommand
    FeedsCommand parent;

    @Parameters(paramLabel = "ID")
    String id;

    private final String name;
    private final String done;

    OnOneFeed(String name, String done) {
      this.name = name;
      this.done = done;
    }

    /** Does it; false when there is no feed {@code id}. */
    abstract boolean apply(FeedRegistry registry, String feedId);

    @Override
    public Integer call() throws IOException {
      return parent.withRegistry(name, (registry, out, err) -> {
        if (apply(registry, id)) {
          out.println(done + " " + id);
          return 0;
        }
        err.println("newsdesk feeds " + name + ": no feed " + id);
        return 1;
      });
    }
  }

  @Command(name = "remove", description = "Unsubscribes a feed by id.")
  static final class Remove extends OnOneFeed {
    Remove() {
      super("remove", "removed");
    }

    @Override
    boolean apply(FeedRegistry registry, String feedId) {
      return registry.remove(feedId);
    }
  }

  @Command(name = "enable", description = "Re-enables a feed the poller disabled, due at once.")
  static final class Enable extends OnOneFeed {
    Enable() {
      super("enable", "enabled");
    }

    @Override
    boolean apply(FeedRegistry registry, String feedId) {
      return registry.enable(feedId).isPresent();
    }
  }

  @Command(name = "import", description = "Subscribes to every feed in an OPML file.")
  static final class Import implements Callable<Integer> {
    @ParentCommand
    FeedsCommand parent;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    public Integer call() throws IOException {
      String opml;
      try {
        opml = Files.readString(file, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        parent.spec.commandLine().getErr().println("newsdesk feeds import: no file " + file);
        return 1;
      }
      return parent.withRegistry("import", (registry, out, err) -> {
        FeedRegistry.Imported result = registry.importOpml(opml);
        result.refused().forEach(r -> err.println("refused " + r));
        out.println("added " + result.added().size() + ", already registered " + result.existing().size()
            + ", refused " + result.refused().size());
        return 0;
      });
    }
  }

  @Command(name = "export", description = "Prints the feeds as OPML 2.0.")
  static final class Export implements Callable<Integer> {
    @ParentCommand
    FeedsCommand parent;

    @Override
    public Integer call() throws IOException {
      return parent.withRegistry("export", (registry, out, err) -> {
        out.print(registry.exportOpml());
        return 0;
      });
    }
  }

  @Command(name = "parse", description = "Parses a feed file and prints what the poller reads from it.")
  static final class Parse implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(names = "--format", defaultValue = "json", description = "Output format; only json.")
    String format;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      if (!format.equals("json")) {
        err.println("newsdesk feeds parse: unknown format " + format + "; only json");
        return 2;
      }
      ParsedFeed feed;
      try {
        feed = FeedDocument.parse(Files.readAllBytes(file), null, null);
      } catch (NoSuchFileException e) {
        err.println("newsdesk feeds parse: no file " + file);
        return 1;
      } catch (NotAFeedException e) {
        err.println("newsdesk feeds parse: " + file + " is not a feed: " + e.getMessage());
        return 1;
      }
      spec.commandLine().getOut().println(ArticleJson.writePretty(json(feed)));
      return 0;
    }

    static ObjectNode json(ParsedFeed feed) {
      ObjectNode root = ArticleJson.MAPPER.createObjectNode();
      root.put("title", feed.title());
      root.put("link", feed.link());
      ArrayNode items = root.putArray("items");
      for (FeedItem item : feed.items()) {
        ObjectNode i = items.addObject();
        i.put("id", item.id());
        i.put("link", item.link());
        i.put("title", item.title());
        i.put("published", item.published());
        i.put("updated", item.updated());
        ArrayNode authors = i.putArray("authors");
        item.authors().forEach(authors::add);
      }
      return root;
    }
  }
}
