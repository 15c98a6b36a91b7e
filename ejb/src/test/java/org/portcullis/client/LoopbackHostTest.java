package org.portcullis.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoopbackHostTest {

  @Test
  void theLoopbackNamesWithOrWithoutIpv6Brackets() {
    assertTrue(RedirectUri.isLoopbackHost("127.0.0.1"));
    assertTrue(RedirectUri.isLoopbackHost("LocalHost"));
    assertTrue(RedirectUri.isLoopbackHost("[::1]"));
    assertTrue(RedirectUri.isLoopbackHost("::1"));
    assertFalse(RedirectUri.isLoopbackHost("127.0.0.2"));
    assertFalse(RedirectUri.isLoopbackHost("localhost.example"));
    assertFalse(RedirectUri.isLoopbackHost(null));
  }
}
