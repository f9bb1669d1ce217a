/** The identity layer's wiring: people and grants as beans, the consent and settings pages. */
package org.restauth.server.identity;
