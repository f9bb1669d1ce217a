package org.restauth.format.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.ApiResult;
import org.restauth.core.api.FieldValue;
import org.restauth.core.request.Param;

/**
 * The JSON shape of each result (docs/protocol.md sections 4 and 6, docs/protocol.md §9). With
 * json-strings every number becomes a string, at every depth, a top-level one included; booleans and null stay.
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
        } else if (result instanceof ApiResult.Numeric number) {
            writeNumber(generator, number.value());
        } else if (result instanceof ApiResult.Rows rows) {
            writeRows(generator, rows);
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

    /** error_code first: one client reads the first member as the code (docs/protocol.md §6). */
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

    private void writeRows(JsonGenerator generator, ApiResult.Rows rows) throws IOException {
        generator.writeStartArray();
        for (ApiResult.Row row : rows.rows()) {
            generator.writeStartObject();
            for (ApiResult.Field field : row.fields()) {
                generator.writeFieldName(field.name());
                writeValue(generator, field.value());
            }
            generator.writeEndObject();
        }
        generator.writeEndArray();
    }

    /** No-value strings are "" (org.json's getString reads null as the text "null"); lists [] never {}. */
    private void writeValue(JsonGenerator generator, FieldValue value) throws IOException {
        if (value instanceof FieldValue.Text text) {
            generator.writeString(text.value());
        } else if (value instanceof FieldValue.Numeric number) {
            if (stringsOnly) {
                generator.writeString(number.text());
            } else {
                generator.writeNumber(number.text());
            }
        } else if (value instanceof FieldValue.Bool bool) {
            generator.writeBoolean(bool.value());
        } else if (value instanceof FieldValue.Nil) {
            generator.writeNull();
        } else {
            generator.writeStartArray();
            generator.writeEndArray();
        }
    }

    private void writeNumber(JsonGenerator generator, long number) throws IOException {
        if (stringsOnly) {
            generator.writeString(Long.toString(number));
        } else {
            generator.writeNumber(number);
        }
    }
}
