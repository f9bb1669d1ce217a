/** The rules behind login.php: what a person approves and how failed attempts lock an email or an address for a while. */
package org.restauth.core.login;
