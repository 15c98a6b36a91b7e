/**
 * Brute-force protection: throttling of failed attempts with exponential backoff, shared by every
 * node through the database, never a hard lock.
 *
 * <p>A caller describes an {@link org.portcullis.ratelimit.Attempt} (what kind of secret is tried,
 * for which subject, from which client address) and asks the {@link
 * org.portcullis.ratelimit.Throttle} before verifying ({@code check}), then reports the result
 * ({@code failed} or {@code succeeded}). Failures count under two keys: the subject at the address
 * (strict: after a few failures each further attempt waits 2^k seconds, capped) and the subject
 * across all addresses (a much higher ceiling with a short cap, which slows a distributed attack
 * but never locks the real user out). An attacker's failures from one address therefore never slow
 * the subject at another address until the ceiling is reached, and even then only by seconds.
 *
 * <p>Owns the counters ({@link org.portcullis.ratelimit.ThrottleCounter}, tenant-owned) and the
 * policies ({@link org.portcullis.ratelimit.ThrottlePolicy}, from MicroProfile Config). Does not
 * know what is verified (clients, passwords): the callers do.
 */
package org.portcullis.ratelimit;
