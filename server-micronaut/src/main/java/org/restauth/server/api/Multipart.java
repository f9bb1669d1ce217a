package org.restauth.server.api;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.HttpPostMultipartRequestDecoder;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.restauth.core.error.ApiError;
import org.restauth.core.request.Param;
import org.restauth.core.wire.MalformedRequestException;
import org.restauth.core.wire.StrictUtf8;

/**
 * {@code multipart/form-data} bodies, decoded with Netty's multipart decoder (one old client sends every
 * call this way). Every text part is a parameter, in order. File parts are not parameters: the clients of
 * the era leave them out of the signature, and no auth method takes one.
 */
final class Multipart {
    /** A part header line declaring a multipart content type (a value line reading so is refused too). */
    private static final Pattern NESTED = Pattern.compile("(?im)^content-type:[ \\t]*multipart/");

    private final int maxFields;
    private final int maxBufferedBytes;

    Multipart(int maxFields, int maxBufferedBytes) {
        this.maxFields = maxFields;
        this.maxBufferedBytes = maxBufferedBytes;
    }

    void parse(String contentType, byte[] body, List<Param> into) {
        if (NESTED.matcher(new String(body, StandardCharsets.ISO_8859_1)).find()) {
            // a part that is itself multipart: no client of the era sends one, and the decoder would turn
            // its contents into file parts that are silently left out of the signature
            throw new MalformedRequestException(ApiError.INVALID_PARAMETER, "nested multipart body", into);
        }
        FullHttpRequest request = new DefaultFullHttpRequest(
                HttpVersion.HTTP_1_1, HttpMethod.POST, "/", Unpooled.wrappedBuffer(body));
        request.headers().set(HttpHeaderNames.CONTENT_TYPE, contentType);
        HttpPostMultipartRequestDecoder decoder = null;
        try {
            // in memory only: the body is already bounded by micronaut.server.max-request-size
            decoder = new HttpPostMultipartRequestDecoder(new DefaultHttpDataFactory(false), request,
                    StandardCharsets.UTF_8, maxFields, maxBufferedBytes);
            for (InterfaceHttpData part : decoder.getBodyHttpDatas()) {
                if (part instanceof Attribute attribute) {
                    into.add(new Param(attribute.getName(), value(attribute, into)));
                }
            }
            if (decoder.currentPartialHttpData() != null) {
                // the body ended inside a part: its value is unknown, so the call cannot be checked
                throw new MalformedRequestException(ApiError.INVALID_PARAMETER, "truncated multipart body", into);
            }
        } catch (MalformedRequestException e) {
            throw e;
        } catch (HttpPostRequestDecoder.TooManyFormFieldsException e) {
            throw new MalformedRequestException(ApiError.TOO_MANY_PARAMETERS, "too many multipart fields", into);
        } catch (RuntimeException e) {
            // every byte the decoder sees came from the client (it throws even NullPointerException
            // for a missing boundary): whatever it throws is a malformed body, not a server fault
            throw new MalformedRequestException(ApiError.INVALID_PARAMETER, "malformed multipart body", into);
        } finally {
            if (decoder != null) {
                decoder.destroy();
            }
            request.release();
        }
    }

    /** The part's raw bytes decoded strictly, in the charset the part declares (UTF-8 unless it says otherwise). */
    private static String value(Attribute attribute, List<Param> readSoFar) {
        try {
            return StrictUtf8.decode(attribute.get(), attribute.getCharset(), readSoFar);
        } catch (IOException e) {
            throw new MalformedRequestException(ApiError.INVALID_PARAMETER, "unreadable multipart part", readSoFar);
        }
    }
}
