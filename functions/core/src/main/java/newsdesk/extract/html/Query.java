package newsdesk.extract.html;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.select.CombiningEvaluator;
import org.jsoup.select.Evaluator;
import org.jsoup.select.Selector;

/**
 * CSS queries compiled once. {@code element.select(String)} parses its selector on every call,
 * which for the per-element queries of scoring cost more than the matching. A query over every
 * element of a page with many attribute tests can also be guarded by a cheap test that each of its
 * matches must pass (a tag, an attribute present, a word in the class), so most elements are
 * turned away after one look; the compiled query still decides, so the matches are the same.
 * jsoup's evaluators are thread-safe, so the compiled queries are shared constants.
 */
final class Query {

  private Query() {}

  static Evaluator of(String css) {
    return Selector.evaluatorOf(css);
  }

  /** {@code css}, tried only on elements that pass {@code necessary}, which every match of {@code css} must. */
  static Evaluator guarded(String css, Predicate<Element> necessary) {
    // jsoup's And runs its cheapest member first and resets the compiled query's per-select state.
    return new CombiningEvaluator.And(List.of(new Necessary(necessary, "necessary"), of(css)));
  }

  /**
   * The query {@code "a, b, c"} of bare tag names, answered by one look at the element's tag: cleaning
   * and scoring ask such queries of every element of a page, where jsoup's compiled form tries each
   * name in turn. {@code CleaningPassesTest} holds each to {@link #of} its names joined.
   */
  static Evaluator tags(String... names) {
    Set<String> tags = Set.of(names);
    return new Necessary(e -> tags.contains(e.normalName()), String.join(", ", names));
  }

  static boolean hasAttribute(Element e, String key) {
    return e.attributesSize() > 0 && e.attributes().hasKeyIgnoreCase(key);
  }

  private static final class Necessary extends Evaluator {
    private final Predicate<Element> test;
    private final String shown;

    Necessary(Predicate<Element> test, String shown) {
      this.test = test;
      this.shown = shown;
    }

    @Override
    public boolean matches(Element root, Element element) {
      return test.test(element);
    }

    @Override
    protected int cost() {
      return 1;
    }

    @Override
    public String toString() {
      return shown;
    }
  }
}
