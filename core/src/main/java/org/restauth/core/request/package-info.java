/** Requests as received, the legacy signature rule and the response options a request asks for. */
package org.restauth.core.request;
