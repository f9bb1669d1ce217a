/** Auth tokens: their issue, approval by a person, one-time consumption and expiry. */
package org.restauth.core.token;
