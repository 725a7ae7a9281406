package io.github.xaijava.internal.json;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import com.google.gson.stream.JsonWriter;
import io.github.xaijava.errors.XaiIoException;
import io.github.xaijava.internal.errors.IoFailures;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ByteString;

/**
 * Not API. The one way JSON crosses the wire: request bodies written straight into an Okio
 * buffer, answers read straight from the body stream by the models' generated adapters.
 */
public final class JsonBodies {

  /** {@code application/json; charset=utf-8}, which xAI requires on every JSON POST. */
  public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private static final Gson GSON = WireGson.GSON;
  private static final ByteString UTF8_BOM = ByteString.decodeHex("efbbbf");

  private JsonBodies() {
  }

  /** {@code value} as a JSON request body, encoded straight into one Okio buffer. */
  public static <T> RequestBody write(TypeAdapter<T> adapter, T value) {
    Buffer buffer = new Buffer();
    try (JsonWriter json = GSON.newJsonWriter(new Utf8Writer(buffer))) {
      adapter.write(json, value);
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to memory failed", e);
    }
    return RequestBody.create(buffer.readByteString(), JSON);
  }

  /**
   * The text of a JSON answer, as {@code body.charStream()} reads it (a UTF-8 BOM skipped, a
   * UTF-16/32 BOM or a declared non-UTF-8 charset honoured), but decoding UTF-8 straight from
   * the body's source in the common case.
   */
  public static Reader reader(ResponseBody body) throws IOException {
    MediaType type = body.contentType();
    Charset declared = type == null ? null : type.charset(null);
    if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
      return body.charStream();
    }
    BufferedSource source = body.source();
    if (source.request(1)) {
      byte first = source.getBuffer().getByte(0);
      if (first == (byte) 0xef && source.rangeEquals(0, UTF8_BOM)) {
        source.skip(UTF8_BOM.size());
      } else if (first == (byte) 0xfe || first == (byte) 0xff || first == 0) {
        return body.charStream(); // a UTF-16 or UTF-32 byte order mark (or not text at all)
      }
    }
    return new Utf8Reader(source);
  }

  /** The adapter for {@code type}. */
  @SuppressWarnings("unchecked")
  public static <T> TypeAdapter<T> adapter(Type type) {
    return (TypeAdapter<T>) GSON.getAdapter(TypeToken.get(type));
  }

  /**
   * Reads a 2xx JSON answer and closes it. An empty or whitespace-only body, JSON {@code null},
   * or JSON that does not fit {@code type} is an {@link XaiIoException} of kind
   * {@code UNREADABLE_BODY}, never a {@code null} result.
   *
   * @param retries retries made, for the exception
   */
  public static <T> T read(Response response, Type type, int retries) {
    try (response) {
      ResponseBody body = response.body();
      if (body == null) {
        throw unreadable(response, "it has no body", null, retries);
      }
      try (Reader reader = reader(body); JsonReader json = GSON.newJsonReader(reader)) {
        if (json.peek() == JsonToken.END_DOCUMENT) {
          throw unreadable(response, "the body is empty", null, retries);
        }
        TypeAdapter<T> adapter = adapter(type);
        T value = adapter.read(json);
        if (value == null) {
          throw unreadable(response, "the body is JSON null", null, retries);
        }
        return value;
      } catch (EOFException e) {
        if (!isEndOfJson(e)) {
          // The connection ended inside the body (a chunked body cut between chunks): a network
          // failure, as the same cut of a body with a Content-Length is.
          throw e;
        }
        throw unreadable(response, "the body is empty or cut short", e, retries);
      } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
        throw unreadable(response, "it is not the JSON of " + simpleName(type) + " ("
            + gsonMessage(e) + ")", e, retries);
      } catch (MalformedJsonException e) {
        // Not a network failure: the server answered, with something that is not JSON.
        throw unreadable(response, "it is not JSON (Content-Type "
            + response.header("Content-Type", "none") + "; " + gsonMessage(e) + ")", e, retries);
      }
    } catch (IOException e) {
      throw IoFailures.reading(e, response.request(), retries);
    }
  }

  private static XaiIoException unreadable(Response response, String why, Exception cause,
      int retries) {
    String id = response.header("x-request-id");
    return new XaiIoException(XaiIoException.Kind.UNREADABLE_BODY,
        "The " + response.code() + " answer of " + response.request().method() + " "
            + response.request().url().encodedPath() + " could not be read: " + why
            + (id == null ? "" : " [request-id " + id + "]"), cause, retries);
  }

  /** Gson's message without its advice to read leniently and its troubleshooting link. */
  private static String gsonMessage(Exception e) {
    String message = String.valueOf(e.getMessage());
    int advice = message.indexOf("Use JsonReader.setStrictness");
    if (advice < 0) {
      advice = message.indexOf("\nSee https://github.com/google/gson");
    }
    return (advice < 0 ? message : message.substring(0, advice)).strip();
  }

  private static String simpleName(Type type) {
    return type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName();
  }

  /** Whether Gson ran out of a body that arrived whole, rather than the body's source failing. */
  private static boolean isEndOfJson(EOFException e) {
    return e.getMessage() != null && e.getMessage().startsWith("End of input");
  }
}
