package org.portcullis.client;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a set of grant types as their protocol names, space-separated. */
@Converter
public class GrantTypesConverter implements AttributeConverter<Set<GrantType>, String> {

  @Override
  public String convertToDatabaseColumn(Set<GrantType> grants) {
    return grants.stream().map(GrantType::value).sorted().collect(Collectors.joining(" "));
  }

  @Override
  public Set<GrantType> convertToEntityAttribute(String column) {
    EnumSet<GrantType> grants = EnumSet.noneOf(GrantType.class);
    Arrays.stream(column.strip().split(" +"))
        .filter(v -> !v.isEmpty())
        .forEach(
            v ->
                grants.add(
                    GrantType.fromValue(v)
                        .orElseThrow(() -> new IllegalStateException("Unknown grant type " + v))));
    return grants;
  }
}
