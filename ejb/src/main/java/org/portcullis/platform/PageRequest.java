package org.portcullis.platform;

/**
 * Which page to read: {@code offset} from 0, {@code limit} from 1 to {@value #MAX_LIMIT}.
 *
 * @throws InvalidPageRequestException when either is out of range
 */
public record PageRequest(int offset, int limit) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;

  public PageRequest {
    if (offset < 0) {
      throw new InvalidPageRequestException("offset must be 0 or more, was " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidPageRequestException(
          "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
    }
  }
}
