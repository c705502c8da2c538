package newsdesk.bench;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One cold start of a function, as a whole process: loads the handler class named on the command
 * line (from the unpacked deployment zip on the classpath), invokes it once with an {@code events/}
 * file the way the Lambda Java runtime does, and exits. Like the runtime, it prefers a
 * {@link RequestStreamHandler} (the event's bytes in, the result's bytes out); a typed
 * {@link RequestHandler} gets the event through the runtime's own serializer, and its result goes
 * back out through it. Timing the process
 * from outside measures JVM start, init and the first event together, which is what a user waits
 * for on a cold invocation.
 *
 * <p>With {@code -Dnewsdesk.prime=true} it first calls the handler's SnapStart hook
 * ({@code org.crac.Resource.beforeCheckpoint}, if it has one), as Lambda does before taking a
 * snapshot. Either way it prints {@code first-event-ms=N} on stderr: the first event alone, timed
 * inside the process, which is the part of a cold start that priming can move into the snapshot.
 */
public final class ColdStart {

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: ColdStart HANDLER_CLASS EVENT_FILE");
      System.exit(2);
    }
    ClassLoader loader = ColdStart.class.getClassLoader();
    Class<?> handlerClass = Class.forName(args[0], true, loader);
    Context context = new OneShotContext(handlerClass.getSimpleName());
    Object instance = handlerClass.getDeclaredConstructor().newInstance();
    if (Boolean.getBoolean("newsdesk.prime")) {
      prime(instance, loader);
    }
    long start = System.nanoTime();
    if (instance instanceof RequestStreamHandler handler) {
      try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
        handler.handleRequest(in, System.out, context);
      }
      System.out.println();
    } else {
      invokeTyped(instance, handlerClass, loader, args[1], context);
    }
    System.err.println("first-event-ms=" + (System.nanoTime() - start) / 1_000_000);
  }

  /** The SnapStart hook, called by name: the bench does not depend on org.crac, the zip brings it. */
  private static void prime(Object handler, ClassLoader loader) throws Exception {
    Class<?> resource;
    try {
      resource = Class.forName("org.crac.Resource", false, loader);
    } catch (ClassNotFoundException noCrac) {
      return;
    }
    if (resource.isInstance(handler)) {
      resource.getMethod("beforeCheckpoint", Class.forName("org.crac.Context", false, loader)).invoke(handler,
          (Object) null);
    }
  }

  private static void invokeTyped(Object instance, Class<?> handlerClass, ClassLoader loader, String eventFile,
      Context context) throws Exception {
    @SuppressWarnings("unchecked")
    RequestHandler<Object, Object> handler = (RequestHandler<Object, Object>) instance;
    Class<?> eventType = eventType(handlerClass);
    PojoSerializer<?> serializer = LambdaEventSerializers.serializerFor(eventType, loader);
    Object event;
    try (InputStream in = Files.newInputStream(Path.of(eventFile))) {
      event = serializer.fromJson(in);
    }
    Object result = handler.handleRequest(event, context);
    @SuppressWarnings("unchecked")
    PojoSerializer<Object> results = (PojoSerializer<Object>)
        LambdaEventSerializers.serializerFor(resultType(handlerClass), loader);
    results.toJson(result, System.out);
    System.out.println();
  }

  /** The event type a handler declares through {@code RequestHandler<I, O>}, as the runtime finds it. */
  private static Class<?> eventType(Class<?> handlerClass) {
    return typeArgument(handlerClass, 0);
  }

  private static Class<?> resultType(Class<?> handlerClass) {
    return typeArgument(handlerClass, 1);
  }

  private static Class<?> typeArgument(Class<?> handlerClass, int index) {
    for (Class<?> c = handlerClass; c != null; c = c.getSuperclass()) {
      for (Type type : c.getGenericInterfaces()) {
        if (type instanceof ParameterizedType p && p.getRawType() == RequestHandler.class) {
          return (Class<?>) p.getActualTypeArguments()[index];
        }
      }
    }
    throw new IllegalArgumentException(handlerClass + " does not implement RequestHandler<I, O>");
  }

  /** The context of a single invocation with a 60-second budget. */
  private static final class OneShotContext implements Context {
    private final String function;
    private final long deadline = System.currentTimeMillis() + 60_000;

    OneShotContext(String function) {
      this.function = function;
    }

    @Override public String getAwsRequestId() { return "cold-start-1"; }
    @Override public String getLogGroupName() { return "/aws/lambda/" + function; }
    @Override public String getLogStreamName() { return "cold-start"; }
    @Override public String getFunctionName() { return function; }
    @Override public String getFunctionVersion() { return "$LATEST"; }
    @Override public String getInvokedFunctionArn() { return "arn:aws:lambda:local:000000000000:function:" + function; }
    @Override public CognitoIdentity getIdentity() { return null; }
    @Override public ClientContext getClientContext() { return null; }
    @Override public int getRemainingTimeInMillis() { return (int) Math.max(0, deadline - System.currentTimeMillis()); }
    @Override public int getMemoryLimitInMB() { return 1024; }

    @Override public LambdaLogger getLogger() {
      return new LambdaLogger() {
        @Override public void log(String message) { System.err.print(message); }
        @Override public void log(byte[] message) { System.err.print(new String(message, StandardCharsets.UTF_8)); }
      };
    }
  }

}
