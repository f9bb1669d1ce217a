package org.restauth.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.ApiResult;
import org.restauth.core.api.FieldValue;
import org.restauth.core.request.ResponseFormat;
import org.restauth.core.request.ResponseOptions;

/** The identity layer's result shapes, byte for byte (docs/protocol.md §9 and §15). */
class ResponseRendererIdentityTest {
    private static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NS = "xmlns=\"http://api.facebook.com/1.0/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            + "xsi:schemaLocation=\"http://api.facebook.com/1.0/ http://api.facebook.com/1.0/facebook.xsd\"";
    private static final ResponseOptions XML = ResponseOptions.DEFAULT;
    private static final ResponseOptions JSON = ResponseOptions.of(ResponseFormat.JSON);
    private static final ResponseOptions STRINGS = ResponseOptions.of(ResponseFormat.JSON_STRINGS);

    private final ResponseRenderer renderer = new ResponseRenderer();

    private String render(String method, ApiResult result, ResponseOptions options) {
        byte[] body = renderer.render(new ApiResponse(method, result, options, List.of())).body();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static ApiResult.Rows daveV2() {
        return new ApiResult.Rows("user", List.of(new ApiResult.Row(List.of(
                new ApiResult.Field("uid", FieldValue.Numeric.of(8055)),
                new ApiResult.Field("name", new FieldValue.Text("Dave Fetterman")),
                new ApiResult.Field("pic_square", FieldValue.Text.EMPTY),
                new ApiResult.Field("locale", new FieldValue.Text("en_US")),
                new ApiResult.Field("timezone", new FieldValue.Numeric(new BigDecimal("-8"))),
                new ApiResult.Field("is_app_user", new FieldValue.Bool(true))))));
    }

    @Test
    void render_loggedInUser_numberInEveryFormat() {
        ApiResult uid = new ApiResult.Numeric(8055);

        assertEquals(PROLOG + "<users_getLoggedInUser_response " + NS + ">8055</users_getLoggedInUser_response>",
                render("users.getLoggedInUser", uid, XML));
        assertEquals("8055", render("users.getLoggedInUser", uid, JSON));
        assertEquals("\"8055\"", render("users.getLoggedInUser", uid, STRINGS));
        assertEquals("cb(\"8055\");", render("users.getLoggedInUser", uid, ResponseOptions.jsonp(ResponseFormat.JSON_STRINGS, "cb")));
        assertEquals("cb(8055);", render("users.getLoggedInUser", uid, ResponseOptions.jsonp(ResponseFormat.JSON, "cb")));
    }

    @Test
    void render_getInfoRowsV2_goldenXmlJsonAndStrings() {
        String xml = render("users.getInfo", daveV2(), XML);

        assertEquals(PROLOG + "<users_getInfo_response " + NS + " list=\"true\"><user><uid>8055</uid>"
                + "<name>Dave Fetterman</name><pic_square/><locale>en_US</locale><timezone>-8</timezone>"
                + "<is_app_user>1</is_app_user></user></users_getInfo_response>", xml);
        SchemaValidation.assertValid(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals("[{\"uid\":8055,\"name\":\"Dave Fetterman\",\"pic_square\":\"\",\"locale\":\"en_US\","
                + "\"timezone\":-8,\"is_app_user\":true}]", render("users.getInfo", daveV2(), JSON));
        assertEquals("[{\"uid\":\"8055\",\"name\":\"Dave Fetterman\",\"pic_square\":\"\",\"locale\":\"en_US\","
                + "\"timezone\":\"-8\",\"is_app_user\":true}]", render("users.getInfo", daveV2(), STRINGS));
    }

    @Test
    void render_emptyRows_emptyRootWithListAttributeAndEmptyArray() {
        ApiResult.Rows none = new ApiResult.Rows("user", List.of());

        String xml = render("users.getInfo", none, XML);
        assertEquals(PROLOG + "<users_getInfo_response " + NS + " list=\"true\"/>", xml);
        SchemaValidation.assertValid(xml.getBytes(StandardCharsets.UTF_8));
        assertEquals("[]", render("users.getInfo", none, JSON));
    }

    @Test
    void render_noValueForms_nilEmptyAndListInXmlNullEmptyAndArrayInJson() {
        ApiResult.Rows rows = new ApiResult.Rows("user", List.of(new ApiResult.Row(List.of(
                new ApiResult.Field("uid", FieldValue.Numeric.of(8055)),
                new ApiResult.Field("quotes", FieldValue.Text.EMPTY),
                new ApiResult.Field("significant_other_id", FieldValue.NIL),
                new ApiResult.Field("affiliations", FieldValue.EMPTY_LIST),
                new ApiResult.Field("timezone", new FieldValue.Numeric(new BigDecimal("5.5"))),
                new ApiResult.Field("email", new FieldValue.Text("dave@example.org"))))));

        String xml = render("users.getStandardInfo", rows, XML);
        assertEquals(PROLOG + "<users_getStandardInfo_response " + NS + " list=\"true\"><user><uid>8055</uid><quotes/>"
                + "<significant_other_id xsi:nil=\"true\"/><affiliations list=\"true\"/><timezone>5.5</timezone>"
                + "<email>dave@example.org</email></user></users_getStandardInfo_response>", xml);
        SchemaValidation.assertValidWithIdentityFields(xml.getBytes(StandardCharsets.UTF_8));
        assertThrows(AssertionError.class, () -> SchemaValidation.assertValid(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("[{\"uid\":8055,\"quotes\":\"\",\"significant_other_id\":null,\"affiliations\":[],"
                + "\"timezone\":5.5,\"email\":\"dave@example.org\"}]", render("users.getStandardInfo", rows, JSON));
    }

    @Test
    void render_hostileText_escapedInXmlAndJson() {
        ApiResult.Rows rows = new ApiResult.Rows("user", List.of(new ApiResult.Row(List.of(
                new ApiResult.Field("name", new FieldValue.Text("</name><script>&\u2028"))))));

        assertEquals(PROLOG + "<users_getInfo_response " + NS + " list=\"true\"><user>"
                + "<name>&lt;/name>&lt;script>&amp;\u2028</name></user></users_getInfo_response>",
                render("users.getInfo", rows, XML));
        assertEquals("[{\"name\":\"\\u003C/name\\u003E\\u003Cscript\\u003E\\u0026\\u2028\"}]",
                render("users.getInfo", rows, JSON));
    }

    @Test
    void render_hasAppPermissionAndFlags_numberVersusBoolean() {
        assertEquals("0", render("users.hasAppPermission", new ApiResult.Numeric(0), JSON));
        assertEquals("\"1\"", render("users.hasAppPermission", new ApiResult.Numeric(1), STRINGS));
        assertEquals(PROLOG + "<users_hasAppPermission_response " + NS + ">0</users_hasAppPermission_response>",
                render("users.hasAppPermission", new ApiResult.Numeric(0), XML));
        assertEquals("true", render("users.isAppUser", new ApiResult.Flag(true), STRINGS));
        assertEquals(PROLOG + "<users_isAppUser_response " + NS + ">1</users_isAppUser_response>",
                render("users.isAppUser", new ApiResult.Flag(true), XML));
    }

    @Test
    void render_xmlRowsAsJsonp_wholeDocumentAsOneStringLiteral() {
        String body = render("users.getInfo", new ApiResult.Rows("user", List.of()),
                ResponseOptions.jsonp(ResponseFormat.XML, "cb"));

        assertEquals("cb(\"\\u003C?xml version=\\\"1.0\\\" encoding=\\\"UTF-8\\\"?\\u003E\\n\\u003Cusers_getInfo_response "
                + NS.replace("\"", "\\\"") + " list=\\\"true\\\"/\\u003E\");", body);
    }
}
