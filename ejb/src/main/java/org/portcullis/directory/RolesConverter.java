package org.portcullis.directory;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link Roles} as their space-separated form. */
@Converter
public class RolesConverter implements AttributeConverter<Roles, String> {

  @Override
  public String convertToDatabaseColumn(Roles roles) {
    return roles == null ? "" : roles.format();
  }

  @Override
  public Roles convertToEntityAttribute(String column) {
    return Roles.parse(column);
  }
}
