package newsdesk.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body as it arrives and cancels the exchange the moment it passes the cap,
 * so a server cannot make us buffer more than the cap (JDK 17 has no limiting body handler). It
 * can also start out failed, to refuse a body by its headers without reading it, and be aborted
 * from outside when the total deadline passes.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

  private final long cap;
  private final CompletableFuture<byte[]> result = new CompletableFuture<>();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private volatile Flow.Subscription subscription;

  BoundedBody(long cap) {
    this.cap = cap;
  }

  /** A body refused before reading: the exchange is cancelled as soon as it subscribes. */
  static BoundedBody refused(FetchException reason) {
    BoundedBody body = new BoundedBody(0);
    body.result.completeExceptionally(reason);
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (result.isDone()) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      if (bytes.size() + (long) buffer.remaining() > cap) {
        fail(new FetchException(FetchException.Kind.TOO_LARGE, "body over the " + cap + "-byte cap"));
        return;
      }
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      bytes.writeBytes(chunk);
    }
    subscription.request(1);
  }

  @Override
  public void onError(Throwable error) {
    result.completeExceptionally(error);
  }

  @Override
  public void onComplete() {
    result.complete(bytes.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return result;
  }

  /** Stops reading: cancels the exchange and completes the body with {@code reason}. */
  void fail(FetchException reason) {
    result.completeExceptionally(reason);
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }
}
