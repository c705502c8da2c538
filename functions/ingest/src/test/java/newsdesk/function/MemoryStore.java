package newsdesk.function;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import newsdesk.article.Article;
import newsdesk.article.Rejection;
import newsdesk.store.ArticleStore;
import newsdesk.store.PutOutcome;
import newsdesk.store.SourceRecord;
import newsdesk.store.SummaryPage;

/**
 * An article store in memory with the semantics the port documents, for handler tests that must
 * run where no DynamoDB emulator is available. It can be told to fail, to show how the handler
 * treats a store that throws.
 */
final class MemoryStore implements ArticleStore {

  final Map<String, Article> articles = new LinkedHashMap<>();
  final Map<String, SourceRecord> sources = new LinkedHashMap<>();
  final List<Rejection> rejections = new ArrayList<>();
  RuntimeException failure;

  @Override
  public Optional<Article> get(String id) {
    failIfTold();
    return Optional.ofNullable(articles.get(id));
  }

  @Override
  public PutOutcome put(Article article, Instant at) {
    failIfTold();
    Article prior = articles.put(article.id(), article);
    if (prior == null) {
      return PutOutcome.STORED;
    }
    boolean same = Objects.equals(prior.contentHash(), article.contentHash())
        && Objects.equals(prior.source(), article.source());
    return same ? PutOutcome.UNCHANGED : PutOutcome.UPDATED;
  }

  @Override
  public SummaryPage list(String after, int limit) {
    failIfTold();
    return new SummaryPage(articles.values().stream().map(Article::summary).limit(limit).toList(), null);
  }

  @Override
  public Optional<SourceRecord> source(String objectKey) {
    failIfTold();
    return Optional.ofNullable(sources.get(objectKey));
  }

  @Override
  public void putSource(SourceRecord record) {
    failIfTold();
    sources.put(record.objectKey(), record);
  }

  @Override
  public void putRejection(Rejection rejection) {
    failIfTold();
    rejections.removeIf(r -> Objects.equals(r.source(), rejection.source()));
    rejections.add(rejection);
  }

  @Override
  public List<Rejection> rejections(int limit) {
    return rejections.stream().sorted(Comparator.comparing(Rejection::at).reversed()).limit(limit).toList();
  }

  private void failIfTold() {
    if (failure != null) {
      throw failure;
    }
  }
}
