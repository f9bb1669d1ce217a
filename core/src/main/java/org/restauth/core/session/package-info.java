/** Sessions: what auth.getSession hands out and the session methods end or promote. */
package org.restauth.core.session;
