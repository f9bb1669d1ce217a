/** The {@code restauth.*} keys this server knows, and the start-up check that refuses any other. */
package org.restauth.server.settings;
