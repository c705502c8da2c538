package newsdesk.article;

import java.util.List;

/** Which extractor produced an article and what it noticed on the way (for backfills and debugging). */
public record ExtractorInfo(String version, List<String> warnings) {
  public ExtractorInfo {
    warnings = warnings == null ? List.of() : List.copyOf(warnings);
  }
}
