package newsdesk.fetch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import newsdesk.fetch.FetchException.Kind;

/**
 * Fetches URLs that strangers supply (feed URLs, and wherever they redirect) without letting them
 * reach our own network. Only http and https; redirects are followed here, not by the client, at
 * most {@value #MAX_REDIRECTS}, and every hop is vetted: its host is resolved and every address
 * returned must pass the {@link AddressPolicy} before a connection is attempted. Bodies are capped
 * both as received and after gzip decompression (which stops at the cap, so a gzip bomb is never
 * inflated in full), and one deadline covers connects, redirects and body.
 *
 * <p>Limit, stated honestly: the JDK HttpClient resolves the host again when it connects, and
 * cannot be told to connect to the vetted address while keeping the name for Host, SNI and
 * certificate checks (Host is a restricted header). A name whose DNS answer changes between our
 * check and the client's lookup (DNS rebinding) could still reach a refused address. With the
 * system resolver the window is small, because the client's lookup is normally answered from the
 * JVM's positive DNS cache ({@code networkaddress.cache.ttl}, 30 s by default) that our check just
 * filled; it is not zero. Closing it fully needs a resolver hook (JDK 18+
 * {@code InetAddressResolverProvider}) or network-level egress rules, which a deployment should
 * have anyway (no route from the function to 169.254.169.254 beyond what the runtime needs).
 *
 * <p>Thread-safe. Build one per function instance at init: the first HttpClient build and send in
 * a JVM costs about 1.5 s each on our 2-core box (TLS context, selector thread), later ones
 * milliseconds, so this belongs in the cold-start budget and in SnapStart priming.
 */
public final class SafeFetcher {

  public static final int MAX_REDIRECTS = 5;

  public static final String USER_AGENT = "Newsdesk/0.1 (+https://github.com/newsdesk/newsdesk)";

  /** Digits and dots: also the short forms the JDK accepts as IPv4 ("127.1", "2130706433"). */
  private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]+");

  private final FetchSettings settings;
  // Built on first use: the JDK HTTP client costs hundreds of milliseconds at a cold start, and a
  // poll run with no due feed never needs it. prime() builds it ahead, e.g. before a snapshot.
  private volatile HttpClient client;

  public SafeFetcher(FetchSettings settings) {
    this.settings = settings;
  }

  /** Builds the HTTP client now instead of at the first fetch (SnapStart priming). */
  public void prime() {
    client();
  }

  private HttpClient client() {
    HttpClient built = client;
    if (built == null) {
      synchronized (this) {
        built = client;
        if (built == null) {
          built = HttpClient.newBuilder()
              .connectTimeout(settings.connectTimeout())
              .followRedirects(HttpClient.Redirect.NEVER)
              // HTTP/1.1 keeps plain-http requests free of h2c upgrade headers some servers mishandle.
              .version(HttpClient.Version.HTTP_1_1)
              .build();
          client = built;
        }
      }
    }
    return built;
  }

  /** Fetches {@code request.url()}, following redirects; non-2xx statuses are results, not exceptions. */
  public FetchResult fetch(FetchRequest request) throws FetchException {
    long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
    URI uri = parse(request.url());
    Set<URI> visited = new HashSet<>();
    boolean allPermanent = true;
    URI movedTo = null;
    for (int redirects = 0; ; redirects++) {
      vet(uri);
      visited.add(uri);
      HttpResponse<byte[]> response = send(uri, request, deadline);
      int status = response.statusCode();
      Optional<String> location = response.headers().firstValue("location");
      if (!isRedirect(status) || location.isEmpty()) {
        return result(response, uri, redirects > 0 && allPermanent, movedTo);
      }
      if (redirects == MAX_REDIRECTS) {
        throw new FetchException(Kind.TOO_MANY_REDIRECTS, "more than " + MAX_REDIRECTS + " redirects from " + request.url());
      }
      allPermanent &= status == 301 || status == 308;
      URI next = parse(uri, location.get());
      if (visited.contains(next)) {
        throw new FetchException(Kind.REDIRECT_LOOP, "redirect loop at " + next);
      }
      if (allPermanent) {
        movedTo = next;
      }
      uri = next;
    }
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  /** Refuses the URL unless it is http(s) with a host whose every address passes the policy. */
  private void vet(URI uri) throws FetchException {
    String host = uri.getHost();
    List<InetAddress> addresses;
    try {
      addresses = isLiteral(host) ? List.of(InetAddress.getByName(host)) : settings.resolver().resolve(host);
    } catch (UnknownHostException e) {
      throw new FetchException(Kind.UNKNOWN_HOST, "cannot resolve " + host, e);
    }
    if (addresses.isEmpty()) {
      throw new FetchException(Kind.UNKNOWN_HOST, "no addresses for " + host);
    }
    for (InetAddress address : addresses) {
      Optional<String> refusal = AddressPolicy.refusal(address, settings.allowLoopback());
      if (refusal.isPresent()) {
        throw new FetchException(Kind.REFUSED_ADDRESS,
            "refused " + uri + ": " + host + " is " + address.getHostAddress() + ", " + refusal.get());
      }
    }
  }

  /**
   * IP literals are read by the same JDK parser the client uses, so we vet exactly the address it
   * will connect to, whatever unusual form the literal takes.
   */
  private static boolean isLiteral(String host) {
    return host.indexOf(':') >= 0 || IPV4_LITERAL.matcher(host).matches();
  }

  private HttpResponse<byte[]> send(URI uri, FetchRequest request, long deadline) throws FetchException {
    Duration remaining = remaining(deadline, uri);
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(remaining)
            .header("User-Agent", USER_AGENT)
            .header("Accept", settings.accept())
            .header("Accept-Encoding", "gzip");
    if (request.etag() != null) {
      builder.header("If-None-Match", request.etag());
    }
    if (request.lastModified() != null) {
      builder.header("If-Modified-Since", request.lastModified());
    }
    AtomicReference<BoundedBody> body = new AtomicReference<>();
    HttpResponse.BodyHandler<byte[]> handler = info -> {
      BoundedBody b = bodyFor(info);
      body.set(b);
      return b;
    };
    CompletableFuture<HttpResponse<byte[]>> exchange = client().sendAsync(builder.build(), handler);
    try {
      return exchange.get(remaining(deadline, uri).toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      BoundedBody b = body.get();
      if (b != null) {
        b.fail(new FetchException(Kind.TIMEOUT, "deadline passed"));
      }
      exchange.cancel(true);
      throw new FetchException(Kind.TIMEOUT, "no complete response from " + uri + " within " + settings.totalTimeout().toMillis() + " ms");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.cancel(true);
      throw new FetchException(Kind.IO, "interrupted while fetching " + uri, e);
    } catch (ExecutionException e) {
      throw translate(e.getCause(), uri);
    }
  }

  /** The body subscriber for a response, refusing by headers (size, content type) before reading. */
  private BoundedBody bodyFor(HttpResponse.ResponseInfo info) {
    long cap = settings.maxBodyBytes();
    long length = info.headers().firstValueAsLong("content-length").orElse(-1);
    if (length > cap) {
      return BoundedBody.refused(new FetchException(Kind.TOO_LARGE, "Content-Length " + length + " is over the " + cap + "-byte cap"));
    }
    int status = info.statusCode();
    String type = info.headers().firstValue("content-type").orElse(null);
    if (status >= 200 && status < 300 && !settings.contentTypeCheck().test(type)) {
      return BoundedBody.refused(new FetchException(Kind.REFUSED_CONTENT_TYPE, "refused content type " + type));
    }
    // Redirect and 304 bodies are read (to reuse the connection) but within the same cap.
    return new BoundedBody(cap);
  }

  private static FetchException translate(Throwable cause, URI uri) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      if (t instanceof FetchException f) {
        return f;
      }
      if (t instanceof HttpConnectTimeoutException) {
        return new FetchException(Kind.TIMEOUT, "connect to " + uri + " timed out", t);
      }
      if (t instanceof HttpTimeoutException) {
        return new FetchException(Kind.TIMEOUT, "no response from " + uri + " in time", t);
      }
    }
    return new FetchException(Kind.IO, "fetching " + uri + " failed: " + cause, cause);
  }

  private Duration remaining(long deadline, URI uri) throws FetchException {
    long nanos = deadline - System.nanoTime();
    if (nanos <= 0) {
      throw new FetchException(Kind.TIMEOUT, "deadline passed before fetching " + uri);
    }
    return Duration.ofNanos(nanos);
  }

  private FetchResult result(HttpResponse<byte[]> response, URI uri, boolean permanent, URI movedTo) throws FetchException {
    HttpHeaders h = response.headers();
    byte[] body = decode(response.body(), h.firstValue("content-encoding").orElse("identity"));
    return new FetchResult(
        response.statusCode(),
        uri.toString(),
        permanent,
        movedTo == null ? null : movedTo.toString(),
        h.firstValue("etag").orElse(null),
        h.firstValue("last-modified").orElse(null),
        h.firstValue("cache-control").orElse(null),
        h.firstValue("retry-after").orElse(null),
        h.firstValue("content-type").orElse(null),
        body);
  }

  /** Undoes gzip, reading at most one byte past the cap so a bomb is refused without inflating it. */
  private byte[] decode(byte[] raw, String encoding) throws FetchException {
    String e = encoding.strip().toLowerCase(Locale.ROOT);
    if (raw.length == 0 || e.equals("identity") || e.isEmpty()) {
      return raw;
    }
    if (!e.equals("gzip") && !e.equals("x-gzip")) {
      throw new FetchException(Kind.IO, "unsupported Content-Encoding " + encoding + " (only gzip was offered)");
    }
    long cap = settings.maxBodyBytes();
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) != -1; ) {
        if (out.size() + (long) n > cap) {
          throw new FetchException(Kind.TOO_LARGE, "decompressed body over the " + cap + "-byte cap");
        }
        out.write(buffer, 0, n);
      }
      return out.toByteArray();
    } catch (ZipException corrupt) {
      throw new FetchException(Kind.IO, "corrupt gzip body", corrupt);
    } catch (IOException impossible) {
      throw new FetchException(Kind.IO, "reading gzip body failed", impossible);
    }
  }

  private static URI parse(String url) throws FetchException {
    return parse(null, url);
  }

  /** An absolute http(s) URI with a host, {@code ref} resolved against {@code base} when given. */
  private static URI parse(URI base, String ref) throws FetchException {
    URI uri;
    try {
      // Spaces are the common flaw in real Location headers; escaping them is unambiguous.
      URI parsed = new URI(ref.strip().replace(" ", "%20"));
      uri = base == null ? parsed : base.resolve(parsed);
    } catch (URISyntaxException | IllegalArgumentException e) {
      throw new FetchException(Kind.REFUSED_URL, "not a URL: " + ref, e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new FetchException(Kind.REFUSED_URL, "only http and https are fetched, not " + ref);
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new FetchException(Kind.REFUSED_URL, "no host in " + ref);
    }
    return uri;
  }
}
