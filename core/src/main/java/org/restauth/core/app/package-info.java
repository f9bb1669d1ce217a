/** Applications and the registry port that finds them by api key. */
package org.restauth.core.app;
