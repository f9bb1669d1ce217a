/** The protocol's error table and the one exception that carries it. */
package org.restauth.core.error;
