/**
 * Rate limits (token buckets keyed by application or client address) and failure counters (failed logins per
 * email or address, which lock a key for a while).
 */
package org.restauth.core.limit;
