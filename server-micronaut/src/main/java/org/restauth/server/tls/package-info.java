/**
 * HTTPS beside HTTP ({@code restauth.tls.*}): the server's certificate and key, checked at start, served on a
 * second port by Micronaut's dual-protocol Netty server (docs/drop-in.md).
 */
package org.restauth.server.tls;
