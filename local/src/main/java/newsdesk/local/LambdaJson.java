package newsdesk.local;

import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Turns event JSON into the handler's event object the way the Lambda Java runtime does, with
 * {@code aws-lambda-java-serialization}: the local stack writes each event as the cloud service
 * would deliver it and lets the runtime's own mapping read it, so handlers see locally exactly
 * the objects (empty strings, decoded dates, URL-encoded keys) they will see in the cloud.
 */
public final class LambdaJson {

  // A serializer is expensive to build (it loads mixins and a Jackson mapper) and safe to share.
  private static final ConcurrentMap<Class<?>, PojoSerializer<?>> SERIALIZERS = new ConcurrentHashMap<>();

  private LambdaJson() {}

  public static <T> T read(String json, Class<T> type) {
    return serializer(type).fromJson(json);
  }

  @SuppressWarnings("unchecked")
  private static <T> PojoSerializer<T> serializer(Class<T> type) {
    return (PojoSerializer<T>) SERIALIZERS.computeIfAbsent(
        type, t -> LambdaEventSerializers.serializerFor(t, LambdaJson.class.getClassLoader()));
  }
}
