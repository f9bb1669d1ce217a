/**
 * Not API: the engines of core's in-memory stores and of the signature (the bounded expiring index, the
 * token table's segments, digest keys, the MD5 hex writer). They may change or go in any release; nothing
 * outside restauth-core may use them (architecture-tests checks it). Build on the ports and the classes of
 * the other packages instead.
 */
package org.restauth.core.internal;
