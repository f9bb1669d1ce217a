/**
 * Reading request parameters from the raw query string and the raw body, in arrival order, so that the
 * signature covers exactly what the client sent and request_args echoes it in order.
 */
package org.restauth.server.request;
