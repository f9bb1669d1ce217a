/**
 * What the server counts and records: Micrometer meters from core's events, the audit log, the access log and
 * its request ids, and the log format switch.
 */
package org.restauth.server.metrics;
