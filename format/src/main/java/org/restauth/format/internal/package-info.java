/** Not API: the XML and JSON writers behind {@link org.restauth.format.ResponseRenderer}; may change without notice. */
package org.restauth.format.internal;
