package newsdesk.article;

import java.util.List;

/**
 * The closing credit line of a wire story, split into people by role:
 * {@code (Additional reporting by …, Writing by …, Editing by …)}.
 */
public record Credits(
    List<String> additionalReporting, List<String> writing, List<String> editing, List<String> contributors) {

  public static final Credits NONE = new Credits(List.of(), List.of(), List.of(), List.of());

  public Credits {
    additionalReporting = additionalReporting == null ? List.of() : List.copyOf(additionalReporting);
    writing = writing == null ? List.of() : List.copyOf(writing);
    editing = editing == null ? List.of() : List.copyOf(editing);
    contributors = contributors == null ? List.of() : List.copyOf(contributors);
  }

  /**
   * Whether nobody is credited, as {@code equals(NONE)} says: asked without a record's
   * {@code equals}, whose first call in a process builds its method handles (about 60 classes,
   * which ingest's cold start paid on the text path for this one question).
   */
  public boolean nobody() {
    return additionalReporting.isEmpty() && writing.isEmpty() && editing.isEmpty() && contributors.isEmpty();
  }
}
