/**
 * Operations and abuse: the limits on input and calls (their beans, validated at start), the client
 * address, Prometheus metrics, the access log ({@code restauth.access}). Nothing here ever sees a secret
 * or records a parameter value.
 */
package org.restauth.server.ops;
