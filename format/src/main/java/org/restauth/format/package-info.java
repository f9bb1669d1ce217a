/**
 * Writes a core {@link org.restauth.core.api.ApiResponse} the way old clients read it: XML, JSON,
 * json-strings, each optionally as JSONP (docs/protocol.md sections 4 and 6). Start at
 * {@link org.restauth.format.ResponseRenderer}.
 */
package org.restauth.format;
