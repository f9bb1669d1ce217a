/**
 * The REST API itself: {@link org.restauth.core.api.RestApi} takes an
 * {@link org.restauth.core.request.ApiRequest} and gives an {@link org.restauth.core.api.ApiResponse}.
 */
package org.restauth.core.api;
