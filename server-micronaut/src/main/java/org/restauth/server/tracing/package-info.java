/**
 * Optional OpenTelemetry tracing (Micronaut's module), off unless {@code restauth.tracing.enabled=true}: what
 * leaves the process is scrubbed of everything a caller sent that may be a credential.
 */
package org.restauth.server.tracing;
