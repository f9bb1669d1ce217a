/** The rules behind login.php: what a person approves and how failed attempts are slowed down. */
package org.restauth.core.login;
