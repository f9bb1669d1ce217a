/**
 * Reading a call's parameters from the bytes on the wire, in arrival order, so that the signature covers
 * exactly what the client sent and request_args echoes it in order. One failure:
 * {@link org.restauth.core.wire.MalformedRequestException}, answered as error 100.
 */
package org.restauth.core.wire;
