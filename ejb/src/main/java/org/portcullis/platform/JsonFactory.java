package org.portcullis.platform;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;

/**
 * {@link jakarta.json.Json}'s factory methods on one provider looked up once. Each of {@code
 * Json}'s static methods looks the provider up again through the {@link java.util.ServiceLoader},
 * which scans the class path: a quarter of the CPU of a SCIM lookup went there (bench/directory).
 */
public final class JsonFactory {

  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonFactory() {}

  public static JsonObjectBuilder createObjectBuilder() {
    return PROVIDER.createObjectBuilder();
  }

  public static JsonArrayBuilder createArrayBuilder() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonReader createReader(Reader reader) {
    return PROVIDER.createReader(reader);
  }
}
