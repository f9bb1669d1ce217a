/**
 * The HTTP server: {@code /restserver.php} and {@code /method/{name}} on Micronaut (Netty). A thin adapter:
 * it reads the parameters as they arrived, hands them to core's RestApi and writes what format renders.
 */
package org.restauth.server;
