/** Configuration binding ({@code restauth.*}), its validation at start, and the bean wiring of core and format. */
package org.restauth.server.config;
