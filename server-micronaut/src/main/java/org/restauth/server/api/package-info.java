/**
 * The API over HTTP: the {@code restserver.php} endpoints, how a call is read off the wire with Netty (raw bytes,
 * multipart; the protocol's decoding is core's), client addresses behind trusted proxies, and the per-address
 * and input limits.
 */
package org.restauth.server.api;
