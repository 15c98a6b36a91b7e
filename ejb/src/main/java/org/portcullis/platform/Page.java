package org.portcullis.platform;

import java.util.List;

/**
 * One page of a larger result: the items from {@code offset}, at most {@code limit} of them, and
 * the total number of items.
 */
public record Page<T>(List<T> items, long total, int offset, int limit) {

  public Page {
    items = List.copyOf(items);
  }

  /** Whether items remain after this page. */
  public boolean hasNext() {
    return (long) offset + items.size() < total;
  }
}
