package org.restauth.format.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.ApiResult;
import org.restauth.core.request.Param;

/**
 * The JSON shape of each result (PROTOCOL.md sections 4 and 6). Top-level scalars are the same in
 * json and json-strings; only scalars inside objects become strings with json-strings.
 */
final class JsonResultWriter {
    private final boolean stringsOnly;

    JsonResultWriter(boolean stringsOnly) {
        this.stringsOnly = stringsOnly;
    }

    void write(JsonGenerator generator, ApiResponse response) throws IOException {
        ApiResult result = response.result();
        if (result instanceof ApiResult.Text text) {
            generator.writeString(text.value());
        } else if (result instanceof ApiResult.Flag flag) {
            generator.writeBoolean(flag.value());
        } else if (result instanceof ApiResult.SessionGrant grant) {
            writeGrant(generator, grant);
        } else if (result instanceof ApiResult.Failure failure) {
            writeFailure(generator, failure, response);
        } else {
            throw new IllegalArgumentException("unknown result kind " + result.getClass().getName());
        }
    }

    private void writeGrant(JsonGenerator generator, ApiResult.SessionGrant grant) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("session_key", grant.sessionKey());
        // uid is a string even in plain json: clients of the era read it as text.
        generator.writeStringField("uid", Long.toString(grant.uid()));
        generator.writeFieldName("expires");
        writeNumber(generator, grant.expires());
        if (grant.secret().isPresent()) {
            generator.writeStringField("secret", grant.secret().get());
        }
        generator.writeEndObject();
    }

    /** error_code first: one client reads the first member as the code (PROTOCOL.md section 6). */
    private void writeFailure(JsonGenerator generator, ApiResult.Failure failure, ApiResponse response)
            throws IOException {
        generator.writeStartObject();
        generator.writeFieldName("error_code");
        writeNumber(generator, failure.error().code());
        generator.writeStringField("error_msg", failure.error().message());
        generator.writeArrayFieldStart("request_args");
        for (Param arg : response.requestArgs()) {
            generator.writeStartObject();
            generator.writeStringField("key", arg.key());
            generator.writeStringField("value", arg.value());
            generator.writeEndObject();
        }
        generator.writeEndArray();
        generator.writeEndObject();
    }

    private void writeNumber(JsonGenerator generator, long number) throws IOException {
        if (stringsOnly) {
            generator.writeString(Long.toString(number));
        } else {
            generator.writeNumber(number);
        }
    }
}
