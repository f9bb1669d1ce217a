/** People who log in on the login page, and their password hashes (PBKDF2 from the JDK). */
package org.restauth.core.user;
