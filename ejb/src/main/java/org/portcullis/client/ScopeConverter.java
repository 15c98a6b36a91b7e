package org.portcullis.client;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Scope} in its protocol form. */
@Converter
public class ScopeConverter implements AttributeConverter<Scope, String> {

  @Override
  public String convertToDatabaseColumn(Scope scope) {
    return scope == null ? "" : scope.format();
  }

  @Override
  public Scope convertToEntityAttribute(String column) {
    return Scope.parse(column);
  }
}
