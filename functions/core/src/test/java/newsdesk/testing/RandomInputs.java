package newsdesk.testing;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Small generators for property tests: plain JUnit 5 tests that check a property over many inputs.
 *
 * <p>Every test makes its own {@code RandomInputs} from a fixed seed, so a run is reproducible: the same seed gives
 * the same inputs in the same order. {@link #samples} puts the deliberate edge cases (empty, NUL, all-zero, maximum
 * length) first and fills the remaining tries with random inputs; each {@link Sample} describes itself (seed, try
 * number, input) for AssertJ's {@code .as(sample)}, so a failure names the input that broke the property.
 */
public final class RandomInputs {

  /** Inputs longer than this are shown cut short in failure messages; seed and try number still identify them. */
  private static final int SHOWN_CHARS = 2000;

  private final long seed;
  private final Random random;

  private RandomInputs(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  public static RandomInputs seeded(long seed) {
    return new RandomInputs(seed);
  }

  /**
   * {@code tries} inputs: first the {@code edgeCases} (never more than {@code tries}), then random ones from
   * {@code generator}.
   */
  public <T> List<Sample<T>> samples(int tries, List<T> edgeCases, Function<RandomInputs, T> generator) {
    List<Sample<T>> samples = new ArrayList<>(tries);
    for (int i = 0; i < tries; i++) {
      samples.add(new Sample<>(seed, i + 1, i < edgeCases.size() ? edgeCases.get(i) : generator.apply(this)));
    }
    return Collections.unmodifiableList(samples);
  }

  /** Random inputs only, when no edge case is worth naming. */
  public <T> List<Sample<T>> samples(int tries, Function<RandomInputs, T> generator) {
    return samples(tries, List.of(), generator);
  }

  // ---- numbers and choices -------------------------------------------------------------------------------------------

  /** Uniform in {@code [min, max]}, both inclusive. */
  public int intBetween(int min, int max) {
    return random.nextInt(min, Math.addExact(max, 1));
  }

  /** Uniform in {@code [min, max]}, both inclusive. */
  public long longBetween(long min, long max) {
    return random.nextLong(min, Math.addExact(max, 1));
  }

  public boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  @SafeVarargs
  public final <T> T oneOf(T... choices) {
    return choices[random.nextInt(choices.length)];
  }

  public <T> T oneOf(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /** A list of {@code minSize..maxSize} elements, each from {@code element}. */
  public <T> List<T> listOf(int minSize, int maxSize, Supplier<T> element) {
    int size = intBetween(minSize, maxSize);
    List<T> list = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      list.add(element.get());
    }
    return list;
  }

  // ---- bytes ---------------------------------------------------------------------------------------------------------

  /** Random bytes, {@code 0..maxLength} of them. */
  public byte[] bytes(int maxLength) {
    return bytesOfLength(intBetween(0, maxLength));
  }

  /** Exactly {@code length} random bytes. */
  public byte[] bytesOfLength(int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  /**
   * The byte arrays a generator should try on purpose: empty, a lone NUL, a lone 0xFF, and {@code maxLength} bytes
   * that are all zero, all 0xFF, and random.
   */
  public List<byte[]> edgeBytes(int maxLength) {
    byte[] ones = new byte[maxLength];
    Arrays.fill(ones, (byte) -1);
    return List.of(new byte[0], new byte[] {0}, new byte[] {-1}, new byte[maxLength], ones, bytesOfLength(maxLength));
  }

  // ---- strings -------------------------------------------------------------------------------------------------------

  /** {@code minLength..maxLength} characters, each one of {@code alphabet}. */
  public String string(String alphabet, int minLength, int maxLength) {
    int length = intBetween(minLength, maxLength);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  /** {@code minLength..maxLength} characters from {@code from..to}, both inclusive. */
  public String string(char from, char to, int minLength, int maxLength) {
    int length = intBetween(minLength, maxLength);
    StringBuilder s = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      s.append((char) intBetween(from, to));
    }
    return s.toString();
  }

  /**
   * Any UTF-16 text of {@code 0..maxLength} chars: mostly printable ASCII, but also control characters, NUL, any BMP
   * character (lone surrogates and noncharacters included) and valid supplementary code points.
   */
  public String anyString(int maxLength) {
    int length = intBetween(0, maxLength);
    StringBuilder s = new StringBuilder(length);
    while (s.length() < length) {
      switch (random.nextInt(4)) {
        case 0, 1 -> s.append((char) intBetween(0x20, 0x7E));
        case 2 -> s.append((char) intBetween(0, 0x1F));
        default -> {
          if (chance(0.8) || s.length() + 2 > length) {
            s.append((char) intBetween(0, 0xFFFF));
          } else {
            s.appendCodePoint(intBetween(0x10000, Character.MAX_CODE_POINT));
          }
        }
      }
    }
    return s.toString();
  }

  /** The strings any text generator should try on purpose: empty, a lone NUL, and {@code maxLength} characters. */
  public List<String> edgeStrings(String alphabet, int maxLength) {
    return List.of("", "\u0000", String.valueOf(alphabet.charAt(0)).repeat(maxLength), string(alphabet, maxLength, maxLength));
  }

  // ---- reporting -----------------------------------------------------------------------------------------------------

  /** One input of a property test, with what it takes to reproduce it. */
  public record Sample<T>(long seed, int tryNumber, T value) {

    @Override
    public String toString() {
      return "seed " + seed + ", try " + tryNumber + ", input " + show(value);
    }
  }

  /** A readable, unambiguous rendering of a generated input: escaped strings, hex bytes, lists and records. */
  public static String show(Object value) {
    String shown;
    if (value instanceof byte[] bytes) {
      shown = bytes.length + " bytes 0x" + HexFormat.of().formatHex(bytes);
    } else if (value instanceof CharSequence text) {
      shown = text.length() + " chars \"" + escape(text) + "\"";
    } else if (value instanceof List<?> list) {
      List<String> parts = new ArrayList<>();
      list.forEach(element -> parts.add(show(element)));
      shown = parts.toString();
    } else if (value instanceof Record record) {
      List<String> parts = new ArrayList<>();
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        try {
          component.getAccessor().setAccessible(true);
          parts.add(component.getName() + "=" + show(component.getAccessor().invoke(record)));
        } catch (ReflectiveOperationException e) {
          parts.add(component.getName() + "=?");
        }
      }
      shown = record.getClass().getSimpleName() + String.join(", ", parts).transform(p -> "[" + p + "]");
    } else {
      shown = String.valueOf(value);
    }
    return shown.length() <= SHOWN_CHARS ? shown : shown.substring(0, SHOWN_CHARS) + "…(" + shown.length() + " chars in all)";
  }

  private static String escape(CharSequence text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c >= 0x20 && c <= 0x7E) {
        s.append(c);
      } else {
        s.append(String.format("\\u%04X", (int) c));
      }
    }
    return s.toString();
  }
}
