package io.github.xaijava.internal.json;

import com.google.gson.JsonIOException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.github.xaijava.generated.support.OpenEnum;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import retrofit2.Converter;
import retrofit2.Retrofit;
import retrofit2.http.Part;

/**
 * Not API. Retrofit's converters for the generated interfaces: models are written by their
 * generated adapters straight into the request buffer (no tree, no reflection), and scalar
 * multipart parts ({@code purpose}, {@code expires_after}) are sent as plain text, the way a
 * form field is.
 */
public final class XaiConverterFactory extends Converter.Factory {

  private static final MediaType TEXT = MediaType.get("text/plain; charset=utf-8");

  public static XaiConverterFactory create() {
    return new XaiConverterFactory();
  }

  private XaiConverterFactory() {
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations, Retrofit retrofit) {
    if (isPart(parameterAnnotations) && isScalar(type)) {
      return value -> RequestBody.create(String.valueOf(value), TEXT);
    }
    TypeAdapter<Object> adapter = JsonBodies.adapter(type);
    return value -> JsonBodies.write(adapter, value);
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(Type type, Annotation[] annotations,
      Retrofit retrofit) {
    TypeAdapter<Object> adapter = JsonBodies.adapter(type);
    return body -> {
      try (body; JsonReader reader = WireGson.GSON.newJsonReader(JsonBodies.reader(body))) {
        Object value = adapter.read(reader);
        if (reader.peek() != JsonToken.END_DOCUMENT) {
          throw new JsonIOException("JSON document was not fully consumed.");
        }
        return value;
      }
    };
  }

  private static boolean isPart(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof Part) {
        return true;
      }
    }
    return false;
  }

  private static boolean isScalar(Type type) {
    return type instanceof Class<?> c && (c == String.class || Number.class.isAssignableFrom(c)
        || c == Boolean.class || OpenEnum.class.isAssignableFrom(c));
  }
}
