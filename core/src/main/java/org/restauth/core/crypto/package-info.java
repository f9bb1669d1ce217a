/** Secrets, digests and random bearer values, on the JDK's providers. */
package org.restauth.core.crypto;
